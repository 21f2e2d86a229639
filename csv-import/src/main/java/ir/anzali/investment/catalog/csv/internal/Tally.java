package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.FileCells;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The path every row takes, whatever the file: a header is read, each row is mapped to its object
 * with its problems (on any thread), then accounted for in file order — its number, a duplicate id,
 * the counts, the errors up to the limit, and the consumer for the rows accepted — and at the end
 * the report. CSV files and workbook sheets differ only in how their cells are found. Not
 * thread-safe except {@link #map}.
 *
 * @param <T> the domain type of the rows
 */
final class Tally<T> {

    private final String file;
    private final @Nullable String sheet;
    private final Kind kind;
    private final Settings settings;
    private final RowMapper<T> mapper;
    private final Messages messages;
    private final Consumer<? super T> consumer;
    private final IdIndex ids = new IdIndex();

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long errorCount;
    private long rowsRead;
    private long accepted;
    private long rejected;
    private long skipped;
    private List<String> columns = List.of();
    private long headerLine;
    private List<FileCells.HeaderCell> headerCells = List.of();
    private final List<FileCells.RowCells> rowCells = new ArrayList<>();
    private long cellChars;
    private boolean cellsComplete = true;

    @SuppressWarnings("unchecked")
    Tally(String file, @Nullable String sheet, Kind kind, Settings settings, Context context,
            Consumer<? super T> consumer) {
        this.file = file;
        this.sheet = sheet;
        this.kind = kind;
        this.settings = settings;
        this.messages = Messages.of(settings.locale());
        RowMapper<?> m = kind == Kind.OPPORTUNITIES
                ? new OpportunityMapper(context, settings.validator(), settings.locale())
                : new IncentiveMapper(context, settings.validator(), settings.locale());
        this.mapper = (RowMapper<T>) m;
        this.consumer = consumer;
    }

    Messages messages() {
        return messages;
    }

    Kind kind() {
        return kind;
    }

    /** The sheet read, or null for a CSV file. */
    @Nullable String sheet() {
        return sheet;
    }

    long rowsRead() {
        return rowsRead;
    }

    /**
     * Reads the header row.
     *
     * @return the header, or null when it has errors (then recorded) and no row can be read
     */
    @Nullable Header header(String[] cells, long line) {
        Header header = new Header(kind, cells, line, messages, sheet);
        columns = header.recognized();
        headerLine = line;
        headerCells = headerCells(header, cells);
        warnings.addAll(header.warnings());
        if (!header.errors().isEmpty()) {
            header.errors().forEach(this::addError);
            return null;
        }
        return header;
    }

    /**
     * Maps one row to its object and problems; runs on any thread.
     *
     * @param row the row, not yet read
     * @return the result, to be collected in file order
     */
    Mapped<T> map(Row row) {
        if (row.blank()) {
            return new Mapped<>(row.line(), true, null, List.of(), List.of(), null, row.cells());
        }
        T value = mapper.map(row);
        String id = row.text("id");
        return new Mapped<>(row.line(), false, value, row.problems(), row.warnings(),
                id == null ? null : id.toUpperCase(Locale.ROOT), row.cells());
    }

    /**
     * A row that cannot be read as a whole, such as one with more or fewer cells than the header.
     *
     * @param row     the row
     * @return the result, to be collected in file order
     */
    Mapped<T> refused(Row row) {
        return new Mapped<>(row.line(), false, null, row.problems(), row.warnings(), null, row.cells());
    }

    /** Accounts for one mapped row, in file order. */
    void collect(Mapped<T> m) {
        long row = ++rowsRead;
        if (m.blank()) {
            skipped++;
            return;
        }
        for (Problem p : m.warnings()) {
            addWarning(p.onRow(row));
        }
        List<Problem> problems = new ArrayList<>(m.problems().size() + 1);
        for (Problem p : m.problems()) {
            problems.add(p.onRow(row));
        }
        if (m.id() != null) {
            long first = ids.add(m.id(), m.line());
            if (first >= 0) {
                problems.add(new Problem(m.line(), row, "id", m.id(), ErrorCode.DUPLICATE_ID,
                        messages.get("duplicate-id", "value", m.id(), "other", first), sheet, null));
            }
        }
        if (m.value() != null && problems.isEmpty()) {
            accepted++;
            consumer.accept(m.value());
        } else {
            rejected++;
            int listed = errors.size();
            problems.forEach(this::addError);
            if (errors.size() > listed) {
                keep(new FileCells.RowCells(m.line(), row, Arrays.asList(m.cells())));
            }
        }
    }

    /** Keeps a row's cells for showing its problems in place, while the budget allows. */
    private void keep(FileCells.RowCells cells) {
        long chars = cells.chars();
        if (!cellsComplete || cellChars + chars > FileCells.MAX_CHARS) {
            cellsComplete = false;
            return;
        }
        cellChars += chars;
        rowCells.add(cells);
    }

    /** The header's cells, each with the column it was recognized as. */
    private List<FileCells.HeaderCell> headerCells(Header header, String[] cells) {
        String[] recognized = new String[cells.length];
        for (Column c : kind.columns()) {
            int i = header.index(c.name());
            if (i >= 0) {
                recognized[i] = c.name();
            }
        }
        List<FileCells.HeaderCell> out = new ArrayList<>(Math.min(cells.length, FileCells.MAX_CELLS_PER_ROW));
        for (int i = 0; i < cells.length && i < FileCells.MAX_CELLS_PER_ROW; i++) {
            out.add(new FileCells.HeaderCell(cells[i], recognized[i]));
        }
        return out;
    }

    void addError(Problem p) {
        errorCount++;
        if (errors.size() < settings.errorLimit()) {
            errors.add(p);
        }
    }

    /** Keeps a warning, up to as many as the errors kept: past that limit, warnings are left out. */
    void addWarning(Problem p) {
        if (warnings.size() < settings.errorLimit()) {
            warnings.add(p);
        }
    }

    /** A problem of the whole file or sheet, with no row, column or cell. */
    Problem fileProblem(@Nullable Long line, ErrorCode code, String message) {
        return new Problem(line, null, null, null, code, message, sheet, null);
    }

    ImportReport report(@Nullable String encoding, @Nullable String delimiter) {
        return new ImportReport(file, kind.reportName(), encoding, delimiter, columns, rowsRead, accepted, rejected,
                skipped, errorCount, errors, warnings, sheet,
                new FileCells(headerLine, headerCells, rowCells, cellsComplete));
    }

    /**
     * The result of reading one record, computed on any thread; its row number is given when it is
     * collected, in file order.
     *
     * @param line     where the record starts
     * @param blank    whether every cell is blank
     * @param value    the object, or null when the row has problems or is blank
     * @param problems the row's problems, without their row number
     * @param warnings the row's warnings, without their row number
     * @param id       the row's id, upper-cased, or null
     * @param cells    the row's cells as in the file
     */
    record Mapped<T>(long line, boolean blank, @Nullable T value, List<Problem> problems, List<Problem> warnings,
            @Nullable String id, String[] cells) {
    }
}
