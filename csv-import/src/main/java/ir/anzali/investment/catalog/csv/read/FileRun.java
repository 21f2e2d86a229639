package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /** How many bytes of a stream are examined to detect its encoding. */
    static final int STREAM_DETECTION_BYTES = 1024 * 1024;
    /** The most rows a worker maps at once. */
    private static final int BATCH_ROWS = 256;
    /** The most characters a batch holds, so that batches of long rows stay small. */
    private static final long BATCH_CHARS = 256 * 1024;
    private static final int PROGRESS_EVERY = 4096;

    private final Source source;
    private final Kind kind;
    private final Settings settings;
    private final RowMapper<T> mapper;
    private final Messages messages;

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

    private FileRun(Source source, Kind kind, Settings settings, RowMapper<T> mapper) {
        this.source = source;
        this.kind = kind;
        this.settings = settings;
        this.mapper = mapper;
        this.messages = Messages.of(settings.locale());
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
    @SuppressWarnings("unchecked")
    public static <T> ImportReport read(Source source, Kind kind, Settings settings, Context context,
            Consumer<? super T> accepted) throws IOException {
        RowMapper<?> mapper = kind == Kind.OPPORTUNITIES
                ? new OpportunityMapper(context.referenceData(), settings.validator(), settings.locale(),
                        context.knownIncentives())
                : new IncentiveMapper(context.referenceData(), settings.validator(), settings.locale());
        return new FileRun<>(source, kind, settings, (RowMapper<T>) mapper).run(accepted);
    }

    private ImportReport run(Consumer<? super T> consumer) throws IOException {
        Charset charset = settings.encoding();
        InputStream in;
        if (charset == null && source.reopenable()) {
            try (InputStream probe = source.open()) {
                charset = EncodingDetector.detect(probe, Long.MAX_VALUE);
            }
            in = source.open();
        } else if (charset == null) {
            in = new BufferedInputStream(source.open(), 64 * 1024);
            in.mark(STREAM_DETECTION_BYTES + 8);
            charset = EncodingDetector.detect(in, STREAM_DETECTION_BYTES);
            in.reset();
        } else {
            in = source.open();
        }
        encodingName = charset.name();
        try (InputStream stream = in) {
            RecordSource records;
            try {
                records = new RecordSource(stream, charset, settings.delimiter(), settings.limits());
            } catch (CsvFailure f) {
                fileError(f);
                return report();
            }
            try (records) {
                delimiterText = String.valueOf(records.delimiter());
                readAll(records, consumer);
                settings.progress().progress(source.name(), rowsRead, records.bytesRead(), source.size());
            } catch (CsvFailure f) {
                fileError(f);
            }
        }
        return report();
    }

    private void readAll(RecordSource records, Consumer<? super T> consumer) throws CsvFailure {
        RecordSource.Record first = records.next();
        while (first != null && allBlank(first.cells())) {
            first = records.next();
        }
        if (first == null) {
            addError(new Problem(null, null, null, null, ErrorCode.EMPTY_FILE, messages.get("empty-file")));
            return;
        }
        Header header = new Header(kind, first.cells(), first.line(), messages);
        columns = header.recognized();
        warnings.addAll(header.warnings());
        if (!header.errors().isEmpty()) {
            header.errors().forEach(this::addError);
            return;
        }
        IdIndex ids = new IdIndex();
        if (settings.parallelism() <= 1) {
            long row = 0;
            for (RecordSource.Record record = records.next(); record != null; record = records.next()) {
                collect(map(header, record, ++row), ids, consumer, records);
            }
        } else {
            readInParallel(records, header, ids, consumer);
        }
    }

    /**
     * Reads records on this thread while workers map them, and collects the results in file order,
     * so that the report and the rows handed out are exactly those of a single-threaded run. At
     * most a few batches are in flight, which keeps memory bounded.
     */
    private void readInParallel(RecordSource records, Header header, IdIndex ids, Consumer<? super T> consumer)
            throws CsvFailure {
        int workers = settings.parallelism() - 1;
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "csv-import-worker");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<List<Mapped<T>>>> pending = new ArrayDeque<>();
        try {
            CsvFailure failure = null;
            try {
                List<RecordSource.Record> batch = new ArrayList<>(BATCH_ROWS);
                long chars = 0;
                long row = 0;
                long firstRow = 1;
                for (RecordSource.Record record = records.next(); record != null; record = records.next()) {
                    row++;
                    batch.add(record);
                    for (String cell : record.cells()) {
                        chars += cell.length();
                    }
                    if (batch.size() >= BATCH_ROWS || chars >= BATCH_CHARS) {
                        pending.add(submit(pool, header, batch, firstRow));
                        batch = new ArrayList<>(BATCH_ROWS);
                        chars = 0;
                        firstRow = row + 1;
                        while (pending.size() > 2 * workers) {
                            collectAll(pending.poll(), ids, consumer, records);
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    pending.add(submit(pool, header, batch, firstRow));
                }
            } catch (CsvFailure f) {
                failure = f;
            }
            while (!pending.isEmpty()) {
                collectAll(pending.poll(), ids, consumer, records);
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Future<List<Mapped<T>>> submit(ExecutorService pool, Header header, List<RecordSource.Record> batch,
            long firstRow) {
        return pool.submit(() -> {
            List<Mapped<T>> out = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                out.add(map(header, batch.get(i), firstRow + i));
            }
            return out;
        });
    }

    private void collectAll(Future<List<Mapped<T>>> future, IdIndex ids, Consumer<? super T> consumer,
            RecordSource records) {
        List<Mapped<T>> batch;
        try {
            batch = future.get();
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
        for (Mapped<T> m : batch) {
            collect(m, ids, consumer, records);
        }
    }

    /**
     * The result of reading one record, computed on any thread.
     *
     * @param line     where the record starts
     * @param row      the data row number
     * @param blank    whether every cell is blank
     * @param value    the object, or null when the row has problems or is blank
     * @param problems the row's problems
     * @param id       the row's id, upper-cased, or null
     */
    private record Mapped<T>(long line, long row, boolean blank, T value, List<Problem> problems, String id) {
    }

    private Mapped<T> map(Header header, RecordSource.Record record, long rowNumber) {
        String[] cells = record.cells();
        if (allBlank(cells)) {
            return new Mapped<>(record.line(), rowNumber, true, null, List.of(), null);
        }
        Row row = new Row(header, cells, record.line(), rowNumber, messages);
        int count = row.cellCount();
        if (count != header.width()) {
            boolean fewer = count < header.width();
            row.problem(null, fewer ? ErrorCode.MISSING_CELL : ErrorCode.EXTRA_CELL,
                    messages.get(fewer ? "missing-cell" : "extra-cell", "count", count, "expected", header.width(),
                            "delimiter", delimiterText));
            return new Mapped<>(record.line(), rowNumber, false, null, row.problems(), null);
        }
        T value = mapper.map(row);
        String id = row.text("id");
        return new Mapped<>(record.line(), rowNumber, false, value, row.problems(),
                id == null ? null : id.toUpperCase(Locale.ROOT));
    }

    /** Accounts for one mapped row, in file order: duplicate ids, counts, errors, and the consumer. */
    private void collect(Mapped<T> m, IdIndex ids, Consumer<? super T> consumer, RecordSource records) {
        rowsRead++;
        if (m.blank()) {
            skipped++;
        } else {
            List<Problem> problems = m.problems();
            if (m.id() != null) {
                long first = ids.add(m.id(), m.line());
                if (first >= 0) {
                    problems = new ArrayList<>(problems);
                    problems.add(new Problem(m.line(), m.row(), "id", m.id(), ErrorCode.DUPLICATE_ID,
                            messages.get("duplicate-id", "value", m.id(), "other", first)));
                }
            }
            if (m.value() != null && problems.isEmpty()) {
                accepted++;
                consumer.accept(m.value());
            } else {
                rejected++;
                problems.forEach(this::addError);
            }
        }
        if (rowsRead % PROGRESS_EVERY == 0) {
            settings.progress().progress(source.name(), rowsRead, records.bytesRead(), source.size());
        }
    }

    private static boolean allBlank(String[] cells) {
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                if (!PersianNormalizer.isSpace(cell.charAt(i)) && cell.charAt(i) != PersianNormalizer.ZWNJ) {
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
