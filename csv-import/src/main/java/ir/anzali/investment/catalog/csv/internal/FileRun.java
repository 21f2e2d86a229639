package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * One pass over one file: detects the encoding and delimiter, reads the header, maps every row, and
 * reports every row (CSV format §5). Memory stays bounded whatever the file's length: rows are
 * handed to the consumer one by one and only the first errors up to the limit are kept. Not
 * thread-safe; a new run is made for each pass.
 *
 * @param <T> the domain type of the rows
 */
public final class FileRun<T> {

    /** About how many bytes of whole records a chunk holds. */
    private static final int CHUNK_BYTES = 64 * 1024;
    /**
     * A record may run to this many bytes per character of the record limit, plus the slack, before
     * reading stops, whatever it holds: UTF-8 takes at most three bytes per character, so a record
     * stopped there is surely over the limit.
     */
    private static final long GUARD_BYTES_PER_CHAR = 3;
    private static final long GUARD_SLACK = 64 * 1024;
    private static final int PROGRESS_EVERY = 4096;

    private final Source source;
    private final Kind kind;
    private final Settings settings;
    private final RowMapper<T> mapper;
    private final Messages messages;
    private final Fingerprints fingerprints;

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long errorCount;
    private long rowsRead;
    private long accepted;
    private long rejected;
    private long skipped;
    private String encodingName;
    private String delimiterText;
    private List<String> columns = List.of();

    private FileRun(Source source, Kind kind, Settings settings, RowMapper<T> mapper, Fingerprints fingerprints) {
        this.source = source;
        this.kind = kind;
        this.settings = settings;
        this.mapper = mapper;
        this.messages = Messages.of(settings.locale());
        this.fingerprints = fingerprints;
    }

    /**
     * Reads a file of opportunities or incentives.
     *
     * @param source          the file
     * @param kind            what it holds
     * @param settings        how to read it
     * @param context         what rows are checked against
     * @param accepted        receives each accepted row, in file order
     * @return the report
     * @throws IOException when the file cannot be opened or read (not for bad content)
     */
    public static <T> ImportReport read(Source source, Kind kind, Settings settings, Context context,
            Consumer<? super T> accepted) throws IOException {
        return read(source, kind, settings, context, accepted, null);
    }

    /**
     * Reads a file, recording the fingerprints of its chunks, or comparing with those recorded by an
     * earlier reading before the rows of each chunk are handed out.
     *
     * @param fingerprints the fingerprints, or null for none
     * @return the report
     * @throws IOException when the file cannot be opened or read, or differs from the one fingerprinted
     */
    @SuppressWarnings("unchecked")
    public static <T> ImportReport read(Source source, Kind kind, Settings settings, Context context,
            Consumer<? super T> accepted, Fingerprints fingerprints) throws IOException {
        RowMapper<?> mapper = kind == Kind.OPPORTUNITIES
                ? new OpportunityMapper(context, settings.validator(), settings.locale())
                : new IncentiveMapper(context, settings.validator(), settings.locale());
        return new FileRun<>(source, kind, settings, (RowMapper<T>) mapper, fingerprints).run(accepted);
    }

    private ImportReport run(Consumer<? super T> consumer) throws IOException {
        try (Utf8Input input = Utf8Input.open(source, settings.encoding())) {
            encodingName = input.encoding().name();
            if (input.guessed()) {
                Charset other = input.encoding().equals(EncodingDetector.WINDOWS_1252) ? EncodingDetector.WINDOWS_1256
                        : EncodingDetector.WINDOWS_1252;
                warnings.add(new Problem(null, null, null, null, ErrorCode.ENCODING_GUESS,
                        messages.get("encoding-guess", "encoding", encodingName, "other", other.name())));
            }
            char delimiter;
            try {
                delimiter = settings.delimiter() != null ? settings.delimiter()
                        : DelimiterDetector.detect(input.bytes(), settings.limits().maxRecordChars());
            } catch (EncodingException e) {
                fileError(new CsvFailure(CsvFailure.Reason.ENCODING, e.line(), e.encoding()));
                return report();
            }
            delimiterText = String.valueOf(delimiter);
            Delimiter bytes = Delimiter.of(delimiter);
            long guard = GUARD_BYTES_PER_CHAR * settings.limits().maxRecordChars() + GUARD_SLACK;
            Chunker chunker = new Chunker(input.bytes(), bytes, guard, fingerprints);
            ChunkParser parser = new ChunkParser(bytes, settings.limits());
            try {
                readAll(chunker, parser, input, consumer);
            } catch (CsvFailure f) {
                fileError(f);
            }
            settings.progress().progress(source.name(), rowsRead, input.bytesRead(), source.size());
        }
        return report();
    }

    private void readAll(Chunker chunker, ChunkParser parser, Utf8Input input, Consumer<? super T> consumer)
            throws CsvFailure, IOException {
        Header header = null;
        while (header == null) {
            Chunker.Chunk chunk = chunker.next(1);
            if (chunk == null) {
                addError(new Problem(null, null, null, null, ErrorCode.EMPTY_FILE, messages.get("empty-file")));
                return;
            }
            ChunkParser.Parsed parsed = parser.parse(chunk);
            for (ChunkParser.Record record : parsed.records()) {
                if (header == null && !allBlank(record.cells())) {
                    header = new Header(kind, record.cells(), record.line(), messages);
                }
            }
            if (parsed.failure() != null) {
                throw parsed.failure();
            }
        }
        columns = header.recognized();
        warnings.addAll(header.warnings());
        if (!header.errors().isEmpty()) {
            header.errors().forEach(this::addError);
            return;
        }
        Collector collector = new Collector(consumer, input);
        if (settings.parallelism() <= 1) {
            for (Chunker.Chunk chunk = chunker.next(CHUNK_BYTES); chunk != null; chunk = chunker.next(CHUNK_BYTES)) {
                collector.collect(process(header, parser, chunk));
            }
        } else {
            readInParallel(chunker, parser, header, collector);
        }
    }

    /**
     * Cuts the text into chunks on this thread while workers parse and map them, and collects the
     * results in file order, so that the report and the rows handed out are exactly those of a
     * single-threaded run. At most a few chunks are in flight, which keeps memory bounded.
     */
    private void readInParallel(Chunker chunker, ChunkParser parser, Header header, Collector collector)
            throws CsvFailure, IOException {
        int workers = settings.parallelism();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "csv-import-worker");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Processed<T>>> pending = new ArrayDeque<>();
        try {
            CsvFailure failure = null;
            try {
                for (Chunker.Chunk chunk = chunker.next(CHUNK_BYTES); chunk != null;
                        chunk = chunker.next(CHUNK_BYTES)) {
                    Chunker.Chunk c = chunk;
                    pending.add(pool.submit(() -> process(header, parser, c)));
                    while (pending.size() > workers + 1) {
                        collector.collect(await(pending.poll()));
                    }
                }
            } catch (CsvFailure f) {
                failure = f;
            }
            while (!pending.isEmpty()) {
                collector.collect(await(pending.poll()));
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Processed<T> await(Future<Processed<T>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing " + source.name(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Parses and maps one chunk; runs on any thread. */
    private Processed<T> process(Header header, ChunkParser parser, Chunker.Chunk chunk) {
        ChunkParser.Parsed parsed = parser.parse(chunk);
        List<Mapped<T>> rows = new ArrayList<>(parsed.records().size());
        for (ChunkParser.Record record : parsed.records()) {
            rows.add(map(header, record));
        }
        return new Processed<>(rows, parsed.failure());
    }

    /**
     * The rows of one chunk, and the failure that stopped it.
     *
     * @param rows    the mapped rows
     * @param failure the failure, or null
     */
    private record Processed<T>(List<Mapped<T>> rows, CsvFailure failure) {
    }

    /**
     * The result of reading one record, computed on any thread; its row number is given when it is
     * collected, in file order.
     *
     * @param line     where the record starts
     * @param blank    whether every cell is blank
     * @param value    the object, or null when the row has problems or is blank
     * @param problems the row's problems, without their row number
     * @param id       the row's id, upper-cased, or null
     */
    private record Mapped<T>(long line, boolean blank, T value, List<Problem> problems, String id) {
    }

    private Mapped<T> map(Header header, ChunkParser.Record record) {
        String[] cells = record.cells();
        if (allBlank(cells)) {
            return new Mapped<>(record.line(), true, null, List.of(), null);
        }
        Row row = new Row(header, cells, record.line(), messages);
        int count = row.cellCount();
        if (count != header.width()) {
            boolean fewer = count < header.width();
            row.problem(null, fewer ? ErrorCode.MISSING_CELL : ErrorCode.EXTRA_CELL,
                    messages.get(fewer ? "missing-cell" : "extra-cell", "count", count, "expected", header.width(),
                            "delimiter", delimiterText));
            return new Mapped<>(record.line(), false, null, row.problems(), null);
        }
        T value = mapper.map(row);
        String id = row.text("id");
        return new Mapped<>(record.line(), false, value, row.problems(), id == null ? null : id.toUpperCase(Locale.ROOT));
    }

    /** Accounts for mapped rows in file order: row numbers, duplicate ids, counts, errors, the consumer. */
    private final class Collector {
        private final Consumer<? super T> consumer;
        private final Utf8Input input;
        private final IdIndex ids = new IdIndex();

        Collector(Consumer<? super T> consumer, Utf8Input input) {
            this.consumer = consumer;
            this.input = input;
        }

        void collect(Processed<T> processed) throws CsvFailure {
            for (Mapped<T> m : processed.rows()) {
                collect(m);
            }
            if (processed.failure() != null) {
                throw processed.failure();
            }
        }

        private void collect(Mapped<T> m) {
            long row = ++rowsRead;
            if (m.blank()) {
                skipped++;
            } else {
                List<Problem> problems = new ArrayList<>(m.problems().size() + 1);
                for (Problem p : m.problems()) {
                    problems.add(new Problem(p.line(), row, p.column(), p.value(), p.code(), p.message()));
                }
                if (m.id() != null) {
                    long first = ids.add(m.id(), m.line());
                    if (first >= 0) {
                        problems.add(new Problem(m.line(), row, "id", m.id(), ErrorCode.DUPLICATE_ID,
                                messages.get("duplicate-id", "value", m.id(), "other", first)));
                    }
                }
                if (m.value() != null && problems.isEmpty()) {
                    accepted++;
                    consumer.accept(m.value());
                } else {
                    rejected++;
                    problems.forEach(FileRun.this::addError);
                }
            }
            if (rowsRead % PROGRESS_EVERY == 0) {
                settings.progress().progress(source.name(), rowsRead, input.bytesRead(), source.size());
            }
        }
    }

    private static boolean allBlank(String[] cells) {
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (!PersianNormalizer.isSpace(c) && c != PersianNormalizer.ZWNJ && !PersianNormalizer.isInvisible(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void fileError(CsvFailure f) {
        String key;
        int limit = 0;
        switch (f.reason()) {
            case ENCODING:
                addError(new Problem(f.line(), null, null, null, ErrorCode.ENCODING_ERROR,
                        messages.get("encoding-error", "line", f.line(), "encoding", f.getMessage())));
                return;
            case UNCLOSED_QUOTE:
                key = "malformed-csv.unclosed-quote";
                break;
            case STRAY_QUOTE:
                key = "malformed-csv.stray-quote";
                break;
            case CELL_TOO_LARGE:
                key = "malformed-csv.cell-too-large";
                limit = settings.limits().maxCellChars();
                break;
            case TOO_MANY_COLUMNS:
                key = "malformed-csv.too-many-columns";
                limit = settings.limits().maxColumns();
                break;
            default:
                key = "malformed-csv.record-too-large";
                limit = settings.limits().maxRecordChars();
                break;
        }
        addError(new Problem(f.line(), null, null, null, ErrorCode.MALFORMED_CSV,
                messages.get(key, "line", f.line(), "limit", limit, "value", f.getMessage())));
    }

    private void addError(Problem p) {
        errorCount++;
        if (errors.size() < settings.errorLimit()) {
            errors.add(p);
        }
    }

    private ImportReport report() {
        return new ImportReport(source.name(), kind.reportName(), encodingName, delimiterText, columns, rowsRead,
                accepted, rejected, skipped, errorCount, errors, warnings);
    }
}
