package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
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
 * One pass over one sheet of a workbook: finds the sheet of a kind, reads its header, and sends every
 * row down the path of a CSV file's rows ({@link Tally}), with typed cells and with the sheet and cell
 * named in each problem. Memory stays bounded: rows are read and handed on one by one. Not
 * thread-safe.
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
     * Reads the sheet of a kind from a workbook file.
     *
     * @param reader   the workbook reader
     * @param file     the workbook
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
    public static <T> ImportReport read(WorkbookReader reader, Path file, String name, Kind kind, Settings settings,
            Context context, Consumer<? super T> accepted) throws IOException {
        Tally<T> unnamed = new Tally<>(name, null, kind, settings, context, accepted);
        Messages messages = unnamed.messages();
        try {
            unnamed.checkBytes(Files.size(file));
        } catch (Tally.LimitReached e) {
            unnamed.addError(e.problem());
            return unnamed.report(null, null);
        }
        try (WorkbookReader.Workbook book = reader.open(file, settings.limits(), settings.temporary())) {
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
            try (Tally<T> tally = new Tally<>(name, sheet.get(), kind, settings, context, accepted)) {
                try (WorkbookReader.Rows rows = book.rows(sheet.get())) {
                    readRows(rows, tally, settings, name);
                } catch (WorkbookException e) {
                    tally.addError(failure(tally, e, settings));
                } catch (Tally.LimitReached e) {
                    tally.addError(e.problem());
                }
                return tally.report(null, null);
            }
        } catch (WorkbookException e) {
            unnamed.addError(failure(unnamed, e, settings));
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
    public static boolean holdsSheetFor(WorkbookReader reader, Path file, Kind kind, Settings settings)
            throws IOException {
        try (WorkbookReader.Workbook book = reader.open(file, settings.limits(), settings.temporary())) {
            return book.sheets().stream().anyMatch(s -> namedFor(s, kind));
        } catch (WorkbookException e) {
            return false;
        }
    }

    private static <T> void readRows(WorkbookReader.Rows rows, Tally<T> tally, Settings settings, String name)
            throws WorkbookException, IOException {
        WorkbookReader.SheetRow first = convert(rows.next());
        while (first != null && Row.blank(first.cells())) {
            first = convert(rows.next());
        }
        if (first == null) {
            tally.addError(tally.fileProblem(null, ErrorCode.EMPTY_FILE, tally.messages().get("empty-sheet")));
            return;
        }
        Header header = tally.header(withoutTrailingBlanks(first.cells()), first.line());
        if (header == null) {
            return;
        }
        Pipeline.run(new Batches<>(rows, tally, header), tally, settings, name, () -> -1, -1);
        settings.progress().progress(name, tally.rowsRead(), -1, -1);
    }

    /**
     * The rows of a sheet in batches, read on the reading thread; a row that cannot be read ends them,
     * after the rows read before it.
     */
    private static final class Batches<T> implements Pipeline.Feed<T, WorkbookException> {
        private final WorkbookReader.Rows rows;
        private final Tally<T> tally;
        private final Header header;
        private boolean ended;

        Batches(WorkbookReader.Rows rows, Tally<T> tally, Header header) {
            this.rows = rows;
            this.tally = tally;
            this.header = header;
        }

        @Override
        public Pipeline.@Nullable Batch<T, WorkbookException> next() throws IOException {
            if (ended) {
                return null;
            }
            List<WorkbookReader.RawRow> batch = new ArrayList<>(BATCH);
            WorkbookException failure = null;
            long bytes = 0;
            try {
                while (batch.size() < BATCH && bytes < BATCH_BYTES) {
                    Interrupts.check();
                    WorkbookReader.RawRow r = rows.next();
                    if (r == null) {
                        ended = true;
                        break;
                    }
                    batch.add(r);
                    bytes += r.bytes();
                }
            } catch (WorkbookException e) {
                ended = true;
                failure = e;
            }
            if (batch.isEmpty() && failure == null) {
                return null;
            }
            WorkbookException last = failure;
            return () -> convert(batch, last);
        }

        /** Converts and maps the rows of a batch, up to one that cannot be converted; runs on any thread. */
        private Pipeline.Done<T, WorkbookException> convert(List<WorkbookReader.RawRow> batch,
                @Nullable WorkbookException failure) {
            List<Tally.Mapped<T>> mapped = new ArrayList<>(batch.size());
            for (WorkbookReader.RawRow r : batch) {
                try {
                    mapped.add(map(tally, header, r.convert()));
                } catch (WorkbookException e) {
                    return new Pipeline.Done<>(mapped, e);
                }
            }
            return new Pipeline.Done<>(mapped, failure);
        }
    }

    /** A row cut or padded to the header's width; a value right of the header is an error on its cell. */
    private static <T> Tally.Mapped<T> map(Tally<T> tally, Header header, WorkbookReader.SheetRow r) {
        int width = header.width();
        String[] cells = Arrays.copyOf(r.cells(), width);
        CellValue[] typed = Arrays.copyOf(r.typed(), width);
        for (int i = Math.min(r.cells().length, width); i < width; i++) {
            cells[i] = "";
        }
        Row row = new Row(header, cells, typed, tally.sheet(), r.line(), tally.messages());
        boolean extra = false;
        for (int i = width; i < r.cells().length; i++) {
            if (!Row.blank(new String[] {r.cells()[i]}) || r.typed()[i] != null) {
                String cell = CellNames.of(i, r.line());
                row.cellProblem(cell, r.cells()[i], ErrorCode.EXTRA_CELL,
                        tally.messages().get("extra-cell.sheet", "value", cell));
                extra = true;
            }
        }
        return extra ? tally.refused(row) : tally.map(row);
    }

    private static WorkbookReader.@Nullable SheetRow convert(WorkbookReader.@Nullable RawRow row)
            throws WorkbookException {
        return row == null ? null : row.convert();
    }

    private static String[] withoutTrailingBlanks(String[] cells) {
        int n = cells.length;
        while (n > 0 && Row.blank(new String[] {cells[n - 1]})) {
            n--;
        }
        return Arrays.copyOf(cells, n);
    }

    private static <T> Problem failure(Tally<T> tally, WorkbookException e,
            Settings settings) {
        Messages m = tally.messages();
        Long line = e.line() > 0 ? e.line() : null;
        String message = switch (e.reason()) {
            case NOT_A_WORKBOOK -> m.get("malformed-workbook.not-a-workbook", "value", String.valueOf(e.detail()));
            case TOO_LARGE -> m.get("malformed-workbook.too-large", "limit", e.detail());
            case TOO_MANY_COLUMNS -> m.get("malformed-workbook.too-many-columns", "line", e.line(), "value", e.detail(),
                    "limit", settings.limits().maxColumns());
            case CELL_TOO_LARGE -> m.get("malformed-workbook.cell-too-large", "value", e.detail(),
                    "limit", settings.limits().maxCellChars());
        };
        return tally.fileProblem(line, ErrorCode.MALFORMED_WORKBOOK, message);
    }
}
