package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.csv.spi.CellNames;
import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.money.AmountParser;
import ir.anzali.investment.catalog.text.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The columns a header row names (CSV format §1): names match case-insensitively after Persian
 * normalization, treating space, half-space, {@code -}, {@code _} and nothing between letters alike,
 * in English or Persian, in any order. The header of an amount column may end with the scale and
 * unit of its bare numbers, in parentheses or after a comma ({@code مبلغ سرمایه‌گذاری (میلیارد ریال)},
 * {@code Investment (USD million)}). An unknown name is a warning that suggests the closest column.
 */
final class Header {

    /** The header names of each kind's columns, in English and Persian. */
    private static final Map<Kind, CodeMatcher<Name>> NAMES = new EnumMap<>(Kind.class);

    static {
        for (Kind kind : Kind.values()) {
            List<Name> names = new ArrayList<>();
            for (Column column : kind.columns()) {
                names.add(new Name(column, column.persianName()));
                column.aliases().forEach(alias -> names.add(new Name(column, alias)));
            }
            NAMES.put(kind, CodeMatcher.of(names, CodeMatcher::compactKey));
        }
    }

    /** A column as a header names it: by its canonical name, or its Persian header or an alias. */
    private record Name(Column column, String persian) implements Named {
        @Override
        public String code() {
            return column.name();
        }

        @Override
        public String nameFa() {
            return persian;
        }

        @Override
        public String nameEn() {
            return column.name();
        }
    }

    /** The position of each column in its kind's list, by canonical name. */
    private final Map<String, Integer> positions = new HashMap<>();
    private final int width;
    private final int[] indexByColumn;
    /** The scale and unit an amount column's header names, by position in the kind's list; null where none. */
    private final AmountParser.@Nullable ScaleAndUnit[] units;
    /** The header cell of each column, as written, by position in the kind's list; null where absent. */
    private final @Nullable String[] written;
    private final List<Column> columns;
    private final List<String> recognized;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    Header(Kind kind, String[] cells, long line, Messages messages) {
        this(kind, cells, line, messages, null);
    }

    /**
     * Reads a header row.
     *
     * @param sheet the sheet's name, for a workbook; null for a CSV file
     */
    Header(Kind kind, String[] cells, long line, Messages messages, @Nullable String sheet) {
        this.width = cells.length;
        this.columns = kind.columns();
        this.indexByColumn = new int[columns.size()];
        java.util.Arrays.fill(indexByColumn, -1);
        this.units = new AmountParser.ScaleAndUnit[columns.size()];
        this.written = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i).name(), i);
        }
        CodeMatcher<Name> names = Objects.requireNonNull(NAMES.get(kind), "names of every kind");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String raw = cells[i];
            if (CodeMatcher.compactKey(raw).isEmpty()) {
                errors.add(new Problem(line, null, null, null, ErrorCode.BLANK_HEADER,
                        messages.get("blank-header", "value", i + 1), sheet, cell(sheet, i, line)));
                continue;
            }
            Optional<Name> name = names.find(raw);
            AmountParser.ScaleAndUnit unit = null;
            if (name.isEmpty()) {
                String stripped = raw.strip();
                int split = unitStart(stripped);
                unit = split < 0 ? null : AmountParser.parseScaleAndUnit(stripped.substring(split)).orElse(null);
                name = unit == null ? Optional.empty()
                        : names.find(stripped.substring(0, split)).filter(n -> n.column().type() == Column.Type.AMOUNT);
            }
            if (name.isEmpty()) {
                String suggestion = names.suggest(raw)
                        .map(n -> messages.get("suggestion", "candidate", messages.column(n.column()))).orElse("");
                warnings.add(new Problem(line, null, raw.strip(), raw, ErrorCode.UNKNOWN_COLUMN,
                        messages.get("unknown-column", "value", raw.strip(), "suggestion", suggestion), sheet,
                        cell(sheet, i, line)));
                continue;
            }
            Column column = name.get().column();
            int position = columns.indexOf(column);
            if (indexByColumn[position] >= 0) {
                errors.add(new Problem(line, null, column.name(), raw, ErrorCode.DUPLICATE_HEADER,
                        messages.get("duplicate-header", "value", cells[indexByColumn[position]].strip(), "other",
                                raw.strip(), "column", messages.column(column)), sheet, cell(sheet, i, line)));
                continue;
            }
            indexByColumn[position] = i;
            units[position] = unit;
            written[position] = raw.strip();
            found.add(column.name());
        }
        this.recognized = List.copyOf(found);
        if (errors.isEmpty()) {
            String present = recognized.isEmpty() ? messages.get("no-known-column") : String.join(", ", recognized);
            for (Column c : columns) {
                if (c.required() && index(c.name()) < 0) {
                    errors.add(new Problem(line, null, c.name(), null, ErrorCode.MISSING_COLUMN,
                            messages.get("missing-column", "column", c.name(), "persian", c.persianName(),
                                    "present", present), sheet, null));
                }
            }
            if (index("title_fa") < 0 && index("title_en") < 0) {
                errors.add(new Problem(line, null, "title_fa", null, ErrorCode.MISSING_COLUMN,
                        messages.get("missing-column.title", "present", present), sheet, null));
            }
        }
    }

    /**
     * Where the scale and unit may start in a header cell: at its last opening parenthesis when the
     * cell ends with the closing one, else at its last comma; -1 when there is neither.
     */
    private static int unitStart(String cell) {
        int open = cell.lastIndexOf('(');
        if (cell.endsWith(")") && open > 0) {
            return open;
        }
        return Math.max(cell.lastIndexOf(','), cell.lastIndexOf('،'));
    }

    private static @Nullable String cell(@Nullable String sheet, int index, long line) {
        return sheet == null ? null : CellNames.of(index, line);
    }

    /** The number of cells of the header row. */
    int width() {
        return width;
    }

    /** The position of a column in a row, or -1 when the file lacks it. */
    int index(String column) {
        return index(position(column));
    }

    /**
     * The position of a column in a row, or -1 when the file lacks it.
     *
     * @param position the column's place in its kind's list ({@link ColumnKey#position()})
     */
    int index(int position) {
        return indexByColumn[position];
    }

    /** The position of a column in its kind's list, by canonical name. */
    private int position(String column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalArgumentException("No column " + column);
        }
        return position;
    }

    /**
     * The scale and unit that a column's header names for the column's bare numbers.
     *
     * @return the scale and unit, or null when the header names none or the file lacks the column
     */
    AmountParser.@Nullable ScaleAndUnit unit(String column) {
        return unit(position(column));
    }

    /**
     * The scale and unit that a column's header names for the column's bare numbers.
     *
     * @param position the column's place in its kind's list ({@link ColumnKey#position()})
     * @return the scale and unit, or null when the header names none or the file lacks the column
     */
    AmountParser.@Nullable ScaleAndUnit unit(int position) {
        return units[position];
    }

    /** A column's header cell as the file writes it, stripped; null when the file lacks the column. */
    @Nullable String written(String column) {
        return written(position(column));
    }

    /**
     * A column's header cell as the file writes it, stripped; null when the file lacks the column.
     *
     * @param position the column's place in its kind's list ({@link ColumnKey#position()})
     */
    @Nullable String written(int position) {
        return written[position];
    }

    /** The canonical names of the recognized columns, in file order. */
    List<String> recognized() {
        return recognized;
    }

    List<Problem> errors() {
        return errors;
    }

    List<Problem> warnings() {
        return warnings;
    }
}
