package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.FileCells;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.internal.Ids;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The path every row takes, whatever the file: a header is read, each row is mapped to its object
 * with its problems (on any thread), then accounted for in file order — its number, a duplicate id,
 * the counts, the errors up to the limit, and the consumer for the rows accepted — and at the end
 * the report. CSV files and workbook sheets differ only in how their cells are found. Not
 * thread-safe except {@link #map}. Closing it deletes the temporary files of its duplicate-id index
 * ({@link IdIndex}); it must be closed on every path.
 *
 * @param <T> the domain type of the rows
 */
final class Tally<T> implements AutoCloseable {

    private final String file;
    private final @Nullable String sheet;
    private final Kind kind;
    /** The id column of the kind, whose text every row's result carries for the duplicate-id check. */
    private final ColumnKey idColumn;
    private final Settings settings;
    private final RowMapper<T> mapper;
    private final Messages messages;
    private final Consumer<? super T> consumer;
    private final IdIndex ids;
    private final long maxRows;
    private long dataRows;

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long errorCount;
    private long rowsRead;
    private long accepted;
    private long rejected;
    private long skipped;
    private List<String> columns = List.of();
    private long headerLine;
    private @Nullable Charset encoding;
    private @Nullable Charset lacksYeh;
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
        this.idColumn = ColumnKey.of(kind, "id");
        this.settings = settings;
        this.messages = Messages.of(settings.locale());
        this.ids = new IdIndex(settings.temporary());
        RowMapper<?> m = kind == Kind.OPPORTUNITIES
                ? new OpportunityMapper(context, settings.validator(), settings.locale(), settings.floor())
                : new IncentiveMapper(context, settings.validator(), settings.locale(), settings.floor());
        this.mapper = (RowMapper<T>) m;
        this.consumer = consumer;
        this.maxRows = kind == Kind.OPPORTUNITIES ? settings.held().maxOpportunities() : settings.held().maxIncentives();
    }

    /**
     * Stops a reading that has read more bytes than the settings' limit.
     *
     * @param read the bytes read so far
     * @throws LimitReached when they are more than the limit
     */
    void checkBytes(long read) throws LimitReached {
        if (read > settings.held().maxBytes()) {
            throw new LimitReached(fileProblem(null, ErrorCode.FILE_TOO_LARGE, messages.get("file-too-large.bytes",
                    "limit", settings.held().maxBytes(), "value", read)));
        }
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
     * Tells the encoding the file is read in, which a garbled header is told against
     * ({@link GarbledHeader}); none is told for a workbook.
     *
     * @param value the encoding, or null for a format without one
     */
    void readIn(@Nullable Charset value) {
        this.encoding = value;
        this.lacksYeh = value != null && GivenEncoding.lacksYeh(value) ? value : null;
    }

    /**
     * The encoding the file is read in when it lacks the Persian {@code ی} ({@link GivenEncoding#lacksYeh}),
     * in whose text a {@code ?} after a letter is a lost {@code ی}; else null.
     */
    @Nullable Charset lacksYeh() {
        return lacksYeh;
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
        Optional<Problem> garbled = GarbledHeader.find(kind, cells, header, line, encoding, messages, sheet);
        if (garbled.isPresent()) {
            addError(garbled.get());
            return null;
        }
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
        String id = row.text(idColumn);
        return new Mapped<>(row.line(), false, value, row.problems(), row.warnings(),
                id == null ? null : Ids.canonical(id), row.cells());
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

    /**
     * Accounts for one mapped row, in file order.
     *
     * @throws LimitReached when the row is one more than the settings' limit of rows kept
     * @throws IOException  when the duplicate-id index cannot use its temporary files
     */
    void collect(Mapped<T> m) throws IOException {
        if (!m.blank() && ++dataRows > maxRows) {
            throw new LimitReached(fileProblem(m.line(), ErrorCode.FILE_TOO_LARGE, messages.get(
                    "file-too-large." + kind.reportName(), "limit", maxRows, "line", m.line())));
        }
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

    /** Deletes the temporary files of the duplicate-id index, if any. */
    @Override
    public void close() throws IOException {
        ids.close();
    }

    ImportReport report(@Nullable String encoding, @Nullable String delimiter) {
        return new ImportReport(file, kind.reportName(), encoding, delimiter, columns, rowsRead, accepted, rejected,
                skipped, errorCount, errors, warnings, sheet,
                new FileCells(headerLine, headerCells, rowCells, cellsComplete));
    }

    /**
     * A reading that keeps its rows went past a limit of its settings: the file-level problem that
     * says so, which ends the reading.
     */
    static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        LimitReached(Problem problem) {
            super(problem.message(), null);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
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
