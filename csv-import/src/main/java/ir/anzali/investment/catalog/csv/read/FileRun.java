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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        for (RecordSource.Record record = records.next(); record != null; record = records.next()) {
            rowsRead++;
            String[] cells = record.cells();
            if (allBlank(cells)) {
                skipped++;
            } else {
                Row row = new Row(header, cells, record.line(), rowsRead, messages);
                T value = readRow(header, row, ids);
                if (value != null && !row.hasProblems()) {
                    accepted++;
                    consumer.accept(value);
                } else {
                    rejected++;
                    row.problems().forEach(this::addError);
                }
            }
            if (rowsRead % PROGRESS_EVERY == 0) {
                settings.progress().progress(source.name(), rowsRead, records.bytesRead(), source.size());
            }
        }
    }

    private T readRow(Header header, Row row, IdIndex ids) {
        int count = row.cellCount();
        if (count != header.width()) {
            boolean fewer = count < header.width();
            row.problem(null, fewer ? ErrorCode.MISSING_CELL : ErrorCode.EXTRA_CELL,
                    messages.get(fewer ? "missing-cell" : "extra-cell", "count", count, "expected", header.width(),
                            "delimiter", delimiterText));
            return null;
        }
        T value = mapper.map(row);
        String id = row.text("id");
        if (id != null) {
            String key = id.toUpperCase(Locale.ROOT);
            long first = ids.add(key, row.line());
            if (first >= 0) {
                row.problem("id", ErrorCode.DUPLICATE_ID, messages.get("duplicate-id", "value", key, "other", first));
                return null;
            }
        }
        return value;
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
