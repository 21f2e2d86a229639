package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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

    private final Source source;
    private final Settings settings;
    private final Tally<T> tally;
    private final Messages messages;
    private final @Nullable Fingerprints fingerprints;
    private @Nullable String encodingName;
    private @Nullable String delimiterText;

    private FileRun(Source source, Settings settings, Tally<T> tally, @Nullable Fingerprints fingerprints) {
        this.source = source;
        this.settings = settings;
        this.tally = tally;
        this.messages = tally.messages();
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
     * @throws java.io.InterruptedIOException when the thread is interrupted; the interrupt flag is
     *         kept, the workers have ended
     * @throws IOException when the file cannot be opened or read, or differs from the one fingerprinted
     */
    public static <T> ImportReport read(Source source, Kind kind, Settings settings, Context context,
            Consumer<? super T> accepted, @Nullable Fingerprints fingerprints) throws IOException {
        try (Tally<T> tally = new Tally<>(source.name(), null, kind, settings, context, accepted)) {
            return new FileRun<>(source, settings, tally, fingerprints).run();
        }
    }

    private ImportReport run() throws IOException {
        try (Utf8Input input = Utf8Input.open(source, settings.encoding())) {
            encodingName = input.encoding().name();
            if (input.guessed()) {
                Charset other = input.encoding().equals(EncodingDetector.WINDOWS_1252) ? EncodingDetector.WINDOWS_1256
                        : EncodingDetector.WINDOWS_1252;
                tally.addWarning(tally.fileProblem(null, ErrorCode.ENCODING_GUESS,
                        messages.get("encoding-guess", "encoding", encodingName, "other", other.name())));
            }
            char delimiter;
            try {
                delimiter = settings.delimiter() != null ? settings.delimiter()
                        : DelimiterDetector.detect(input.bytes(), settings.limits().maxRecordChars());
            } catch (EncodingException e) {
                fileError(new CsvFailure(CsvFailure.Reason.ENCODING, e.line(), e.encoding()));
                return tally.report(encodingName, delimiterText);
            }
            delimiterText = String.valueOf(delimiter);
            Delimiter bytes = Delimiter.of(delimiter);
            long guard = GUARD_BYTES_PER_CHAR * settings.limits().maxRecordChars() + GUARD_SLACK;
            Chunker chunker = new Chunker(input.bytes(), bytes, guard, fingerprints);
            ChunkParser parser = new ChunkParser(bytes, settings.limits());
            try {
                readAll(chunker, parser, input);
            } catch (CsvFailure f) {
                fileError(f);
            } catch (Tally.LimitReached e) {
                tally.addError(e.problem());
            }
            settings.progress().progress(source.name(), tally.rowsRead(), input.bytesRead(), source.size());
        }
        return tally.report(encodingName, delimiterText);
    }

    private void readAll(Chunker chunker, ChunkParser parser, Utf8Input input) throws CsvFailure, IOException {
        ChunkParser.Record first = null;
        while (first == null) {
            Chunker.Chunk chunk = chunker.next(1);
            if (chunk == null) {
                tally.addError(tally.fileProblem(null, ErrorCode.EMPTY_FILE, messages.get("empty-file")));
                return;
            }
            ChunkParser.Parsed parsed = parser.parse(chunk);
            for (ChunkParser.Record record : parsed.records()) {
                if (first == null && !Row.blank(record.cells())) {
                    first = record;
                }
            }
            if (parsed.failure() != null) {
                throw parsed.failure();
            }
        }
        Header header = tally.header(first.cells(), first.line());
        if (header == null) {
            return;
        }
        Pipeline.run(new Chunks(chunker, parser, header), tally, settings, source.name(), input::bytesRead,
                source.size());
    }

    /** The chunks of the text, cut on the reading thread; a chunk that cannot be cut ends them. */
    private final class Chunks implements Pipeline.Feed<T, CsvFailure> {
        private final Chunker chunker;
        private final ChunkParser parser;
        private final Header header;
        private boolean ended;

        Chunks(Chunker chunker, ChunkParser parser, Header header) {
            this.chunker = chunker;
            this.parser = parser;
            this.header = header;
        }

        @Override
        public Pipeline.@Nullable Batch<T, CsvFailure> next() throws IOException {
            if (ended) {
                return null;
            }
            try {
                Chunker.Chunk chunk = chunker.next(CHUNK_BYTES);
                return chunk == null ? null : () -> process(header, parser, chunk);
            } catch (CsvFailure f) {
                ended = true;
                return () -> new Pipeline.Done<>(List.of(), f);
            }
        }
    }

    /** Parses and maps one chunk; runs on any thread. */
    private Pipeline.Done<T, CsvFailure> process(Header header, ChunkParser parser, Chunker.Chunk chunk) {
        ChunkParser.Parsed parsed = parser.parse(chunk);
        List<Tally.Mapped<T>> rows = new ArrayList<>(parsed.records().size());
        for (ChunkParser.Record record : parsed.records()) {
            rows.add(map(header, record));
        }
        return new Pipeline.Done<>(rows, parsed.failure());
    }

    private Tally.Mapped<T> map(Header header, ChunkParser.Record record) {
        Row row = new Row(header, record.cells(), record.line(), messages);
        int count = row.cellCount();
        if (count != header.width() && !row.blank()) {
            boolean fewer = count < header.width();
            row.problem(null, fewer ? ErrorCode.MISSING_CELL : ErrorCode.EXTRA_CELL,
                    messages.get(fewer ? "missing-cell" : "extra-cell", "count", count, "expected", header.width(),
                            "delimiter", delimiterText));
            return tally.refused(row);
        }
        return tally.map(row);
    }

    private void fileError(CsvFailure f) {
        String key;
        int limit = 0;
        long value = 0;
        switch (f.reason()) {
            case ENCODING:
                tally.addError(tally.fileProblem(f.line(), ErrorCode.ENCODING_ERROR,
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
                value = f.number();
                break;
            case TOO_MANY_COLUMNS:
                key = "malformed-csv.too-many-columns";
                limit = settings.limits().maxColumns();
                value = f.number();
                break;
            default:
                key = "malformed-csv.record-too-large";
                limit = settings.limits().maxRecordChars();
                break;
        }
        tally.addError(tally.fileProblem(f.line(), ErrorCode.MALFORMED_CSV,
                messages.get(key, "line", f.line(), "limit", limit, "value", value)));
    }
}
