package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.csv.spi.CellValue;
import ir.anzali.investment.catalog.csv.spi.CellRecord;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import ir.anzali.investment.catalog.internal.CodeMatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One pass over one sheet of a file read by a {@link RecordReader} — a workbook, or a format another
 * jar adds: finds the sheet of a kind, reads its header, and sends every record down the path of a
 * CSV file's rows ({@link Tally}), with typed cells and with the sheet and cell named in each problem
 * (a format without sheets names neither, as a CSV file). The reader's records are checked against
 * the limits again here, whoever wrote the reader. Memory stays bounded: records are read and handed
 * on one by one. Not thread-safe.
 */
public final class SheetRun {

    /** Rows a worker maps at a time. */
    private static final int BATCH = 512;
    /** The most bytes of rows a batch holds, so that a sheet of huge rows keeps few of them in flight. */
    private static final long BATCH_BYTES = 4L << 20;

    private SheetRun() {
    }

    /**
     * The sheet of a kind: the one named for it in English or Persian ({@code opportunities},
     * {@code فرصت‌ها}), in any case and spelling of its letters; otherwise the first sheet not named
     * for the other kind.
     *
     * @param sheets the sheets, in order
     * @param kind   the kind
     * @return the sheet, or empty when none fits
     */
    public static Optional<String> sheetOf(List<String> sheets, Kind kind) {
        Optional<String> named = sheets.stream().filter(s -> namedFor(s, kind)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        Kind other = kind == Kind.OPPORTUNITIES ? Kind.INCENTIVES : Kind.OPPORTUNITIES;
        return sheets.stream().filter(s -> !namedFor(s, other)).findFirst();
    }

    /**
     * Tells whether a sheet is named for a kind.
     *
     * @param sheet the sheet's name
     * @param kind  the kind
     * @return true for {@code opportunities}, {@code فرصت‌ها} and their variants
     */
    public static boolean namedFor(String sheet, Kind kind) {
        String key = CodeMatcher.key(sheet);
        return key.equals(CodeMatcher.key(kind.reportName())) || key.equals(CodeMatcher.key(kind.persianName()));
    }

    /**
     * Reads the sheet of a kind from a file.
     *
     * @param reader   the reader of its format
     * @param workbook whether the file is a workbook, which a file that cannot be read is said not to be;
     *                 false for another format, which is said to be unreadable
     * @param file     the file
     * @param name     the file's name for the report
     * @param kind     what to read
     * @param settings how to read it
     * @param context  what rows are checked against
     * @param accepted receives each accepted row, in sheet order
     * @param <T>      the domain type of the rows
     * @return the report
     * @throws java.io.InterruptedIOException when the thread is interrupted; the interrupt flag is
     *         kept, the workers have ended
     * @throws IOException when the file cannot be read (not for bad content)
     */
    public static <T> ImportReport read(RecordReader reader, boolean workbook, Path file, String name, Kind kind,
            Settings settings, Context context, Consumer<? super T> accepted) throws IOException {
        Tally<T> unnamed = new Tally<>(name, null, kind, settings, context, accepted);
        Messages messages = unnamed.messages();
        try {
            unnamed.checkBytes(Files.size(file));
        } catch (Tally.LimitReached e) {
            unnamed.addError(e.problem());
            return unnamed.report(null, null);
        }
        try (RecordReader.Document book = reader.open(file, settings.limits(), settings.temporary())) {
            List<String> named = book.sheets().stream().filter(s -> namedFor(s, kind)).toList();
            if (named.size() > 1) {
                unnamed.addError(unnamed.fileProblem(null, ErrorCode.MALFORMED_WORKBOOK, messages.get(
                        "malformed-workbook.two-sheets", "kind", kind.reportName(), "value", named.get(0),
                        "other", named.get(1))));
                return unnamed.report(null, null);
            }
            Optional<String> sheet = sheetOf(book.sheets(), kind);
            if (sheet.isEmpty()) {
                unnamed.addError(unnamed.fileProblem(null, ErrorCode.MALFORMED_WORKBOOK, messages.get(
                        "malformed-workbook.no-sheet", "value", kind.reportName(), "persian", kind.persianName())));
                return unnamed.report(null, null);
            }
            String shown = sheet.get().isEmpty() ? null : sheet.get();
            try (Tally<T> tally = new Tally<>(name, shown, kind, settings, context, accepted)) {
                try (RecordReader.Records rows = book.records(sheet.get())) {
                    readRows(rows, tally, settings, name);
                } catch (RecordException e) {
                    tally.addError(failure(tally, e, settings, workbook));
                } catch (Tally.LimitReached e) {
                    tally.addError(e.problem());
                }
                return tally.report(null, null);
            }
        } catch (RecordException e) {
            unnamed.addError(failure(unnamed, e, settings, workbook));
            return unnamed.report(null, null);
        }
    }

    /**
     * The report of a workbook when no workbook reader is installed.
     *
     * @param name     the file's name for the report
     * @param kind     what was to be read
     * @param settings how it was to be read
     * @param context  what rows would be checked against
     * @return a report with one {@code malformed-workbook} error that says what to do
     */
    public static ImportReport unreadable(String name, Kind kind, Settings settings, Context context) {
        Tally<Object> tally = new Tally<>(name, null, kind, settings, context, x -> { });
        tally.addError(tally.fileProblem(null, ErrorCode.MALFORMED_WORKBOOK,
                tally.messages().get("malformed-workbook.no-reader")));
        return tally.report(null, null);
    }

    /**
     * Tells whether a workbook holds a sheet named for a kind.
     *
     * @param reader   the workbook reader
     * @param file     the workbook
     * @param kind     the kind
     * @param settings how it is read
     * @return true when a sheet is named for the kind; false also for a workbook that cannot be read,
     *         which the reading of its other sheet reports
     * @throws IOException when the file cannot be read
     */
    public static boolean holdsSheetFor(RecordReader reader, Path file, Kind kind, Settings settings)
            throws IOException {
        try (RecordReader.Document book = reader.open(file, settings.limits(), settings.temporary())) {
            return book.sheets().stream().anyMatch(s -> namedFor(s, kind));
        } catch (RecordException e) {
            return false;
        }
    }

    private static <T> void readRows(RecordReader.Records rows, Tally<T> tally, Settings settings, String name)
            throws RecordException, IOException {
        CellRecord first = convert(rows.next(), settings);
        while (first != null && Row.blank(texts(first))) {
            first = convert(rows.next(), settings);
        }
        if (first == null) {
            tally.addError(tally.fileProblem(null, ErrorCode.EMPTY_FILE, tally.messages().get("empty-sheet")));
            return;
        }
        Header header = tally.header(withoutTrailingBlanks(texts(first)), first.line());
        if (header == null) {
            return;
        }
        Pipeline.run(new Batches<>(rows, tally, header, settings), tally, settings, name, () -> -1, -1);
        settings.progress().progress(name, tally.rowsRead(), -1, -1);
    }

    /**
     * The rows of a sheet in batches, read on the reading thread; a row that cannot be read ends them,
     * after the rows read before it.
     */
    private static final class Batches<T> implements Pipeline.Feed<T, RecordException> {
        private final RecordReader.Records rows;
        private final Tally<T> tally;
        private final Header header;
        private final Settings settings;
        private boolean ended;

        Batches(RecordReader.Records rows, Tally<T> tally, Header header, Settings settings) {
            this.rows = rows;
            this.tally = tally;
            this.header = header;
            this.settings = settings;
        }

        @Override
        public Pipeline.@Nullable Batch<T, RecordException> next() throws IOException {
            if (ended) {
                return null;
            }
            List<RecordReader.RawRecord> batch = new ArrayList<>(BATCH);
            RecordException failure = null;
            long bytes = 0;
            try {
                while (batch.size() < BATCH && bytes < BATCH_BYTES) {
                    Interrupts.check();
                    RecordReader.RawRecord r = rows.next();
                    if (r == null) {
                        ended = true;
                        break;
                    }
                    batch.add(r);
                    bytes += r.bytes();
                }
            } catch (RecordException e) {
                ended = true;
                failure = e;
            }
            if (batch.isEmpty() && failure == null) {
                return null;
            }
            RecordException last = failure;
            return () -> convert(batch, last);
        }

        /** Converts and maps the rows of a batch, up to one that cannot be converted; runs on any thread. */
        private Pipeline.Done<T, RecordException> convert(List<RecordReader.RawRecord> batch,
                @Nullable RecordException failure) {
            List<Tally.Mapped<T>> mapped = new ArrayList<>(batch.size());
            for (RecordReader.RawRecord r : batch) {
                try {
                    mapped.add(map(tally, header, checked(r.convert(), settings)));
                } catch (RecordException e) {
                    return new Pipeline.Done<>(mapped, e);
                }
            }
            return new Pipeline.Done<>(mapped, failure);
        }
    }

    /** A row cut or padded to the header's width; a value right of the header is an error on its cell. */
    private static <T> Tally.Mapped<T> map(Tally<T> tally, Header header, CellRecord r) {
        int width = header.width();
        String[] cells = new String[width];
        CellValue[] typed = new CellValue[width];
        for (int i = 0; i < width; i++) {
            CellValue value = i < r.size() ? r.cell(i) : CellValue.BLANK;
            cells[i] = value.text();
            typed[i] = typed(value);
        }
        Row row = new Row(header, cells, typed, tally.sheet(), r.line(), tally.messages());
        boolean extra = false;
        for (int i = width; i < r.size(); i++) {
            CellValue value = r.cell(i);
            if (!Row.blank(new String[] {value.text()}) || typed(value) != null) {
                String cell = r.reference(i);
                row.cellProblem(cell, value.text(), ErrorCode.EXTRA_CELL,
                        tally.messages().get("extra-cell.sheet", "value", cell));
                extra = true;
            }
        }
        return extra ? tally.refused(row) : tally.map(row);
    }

    /** The value of a cell that is not text, or null for text and blank cells, as {@link Row} takes them. */
    private static @Nullable CellValue typed(CellValue value) {
        return value instanceof CellValue.Text || value instanceof CellValue.Blank ? null : value;
    }

    /** The text of each cell of a record. */
    private static String[] texts(CellRecord r) {
        String[] texts = new String[r.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = r.cell(i).text();
        }
        return texts;
    }

    private static @Nullable CellRecord convert(RecordReader.@Nullable RawRecord row, Settings settings)
            throws RecordException {
        return row == null ? null : checked(row.convert(), settings);
    }

    /** A record within the limits, whichever reader made it. */
    private static CellRecord checked(CellRecord r, Settings settings) throws RecordException {
        if (r.size() > settings.limits().maxColumns()) {
            throw new RecordException(RecordException.Reason.TOO_MANY_COLUMNS, r.line(), String.valueOf(r.size()));
        }
        long chars = 0;
        for (int i = 0; i < r.size(); i++) {
            int length = r.cell(i).text().length();
            chars += length;
            if (length > settings.limits().maxCellChars() || chars > settings.limits().maxRecordChars()) {
                throw new RecordException(RecordException.Reason.CELL_TOO_LARGE, r.line(), r.reference(i));
            }
        }
        return r;
    }

    private static String[] withoutTrailingBlanks(String[] cells) {
        int n = cells.length;
        while (n > 0 && Row.blank(new String[] {cells[n - 1]})) {
            n--;
        }
        return Arrays.copyOf(cells, n);
    }

    private static <T> Problem failure(Tally<T> tally, RecordException e, Settings settings, boolean workbook) {
        Messages m = tally.messages();
        Long line = e.line() > 0 ? e.line() : null;
        String message = switch (e.reason()) {
            case UNREADABLE -> m.get(workbook ? "malformed-workbook.not-a-workbook" : "malformed-workbook.unreadable",
                    "value", String.valueOf(e.detail()));
            case TOO_LARGE -> m.get("malformed-workbook.too-large", "limit", e.detail());
            case TOO_MANY_COLUMNS -> m.get("malformed-workbook.too-many-columns", "line", e.line(), "value", e.detail(),
                    "limit", settings.limits().maxColumns());
            case CELL_TOO_LARGE -> m.get("malformed-workbook.cell-too-large", "value", e.detail(),
                    "limit", settings.limits().maxCellChars());
        };
        return tally.fileProblem(line, ErrorCode.MALFORMED_WORKBOOK, message);
    }
}
