package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.internal.LostLetters;
import ir.anzali.investment.catalog.csv.spi.CellNames;
import ir.anzali.investment.catalog.csv.spi.CellValue;
import ir.anzali.investment.catalog.money.AmountParser;
import ir.anzali.investment.catalog.money.CurrencyUnits;
import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.text.DateParser;
import ir.anzali.investment.catalog.text.JalaliDate;
import ir.anzali.investment.catalog.text.Named;
import ir.anzali.investment.catalog.text.NumberParseException;
import ir.anzali.investment.catalog.text.NumberParser;
import ir.anzali.investment.catalog.text.WeekdayMismatchException;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One data row being read: its raw cells, and conversions of each cell to its type (CSV format §4)
 * that record a problem naming the line, row, column and value — and, in a workbook, the sheet and
 * cell — when the cell is not of its type. A workbook cell that the workbook typed (a number, a
 * date) is taken as it is; text follows the CSV rules. A column is asked for by its {@link ColumnKey},
 * whose place in the kind's list finds its cell without a look-up by name. Not thread-safe.
 */
final class Row {

    private final Header header;
    private final String[] cells;
    private final CellValue @Nullable [] typed;
    private final @Nullable String sheet;
    private final long line;
    private final Messages messages;
    private final List<Problem> problems = new ArrayList<>(2);
    /** Warnings on the row's cells: at most one per cell read, so bounded by the row's width. */
    private final List<Problem> warnings = new ArrayList<>(0);
    /** Normalized text by cell, before the formula guard is removed; null where the cell is missing or not yet read. */
    private final @Nullable String[] texts;
    /** Whether a cell's text has been computed. */
    private final boolean[] read;
    /** Bit {@code k} set when cell {@code k} is known to be normal text already. */
    private final long normal;
    /** The file's encoding when it lacks the Persian {@code ی}, written {@code ?} in its text; else null. */
    private final @Nullable Charset lacksYeh;

    /**
     * A record of a CSV file.
     *
     * @param normal bit {@code k} set when cell {@code k} is known to be text that
     *               {@link PersianNormalizer#normalize(String)} returns as it is, so that it is not
     *               read again for that; 0 when nothing is known
     * @param lacksYeh the file's encoding when it lacks the Persian {@code ی}
     *                 ({@link GivenEncoding#lacksYeh}), so that a {@code ?} after a letter is a lost one;
     *                 else null
     */
    Row(Header header, String[] cells, long normal, long line, Messages messages, @Nullable Charset lacksYeh) {
        this(header, cells, null, null, normal, line, messages, lacksYeh);
    }

    /**
     * A row of a workbook sheet.
     *
     * @param cells the text of each cell: for a typed cell, its value written plainly
     * @param typed the typed value of each cell, null for text
     * @param sheet the sheet's name
     */
    Row(Header header, String[] cells, CellValue @Nullable [] typed, @Nullable String sheet, long line,
            Messages messages) {
        this(header, cells, typed, sheet, 0, line, messages, null);
    }

    private Row(Header header, String[] cells, CellValue @Nullable [] typed, @Nullable String sheet, long normal,
            long line, Messages messages, @Nullable Charset lacksYeh) {
        this.header = header;
        this.lacksYeh = lacksYeh;
        this.normal = normal;
        this.cells = cells;
        this.typed = typed;
        this.sheet = sheet;
        this.line = line;
        this.messages = messages;
        this.texts = new String[cells.length];
        this.read = new boolean[cells.length];
    }

    /** Whether every cell is blank: only white space, half-spaces or invisible marks. */
    boolean blank() {
        if (typed != null) {
            for (CellValue value : typed) {
                if (value != null) {
                    return false;
                }
            }
        }
        return blank(cells);
    }

    /** Whether every cell of a record is blank: only white space, half-spaces or invisible marks. */
    static boolean blank(String[] cells) {
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                char ch = cell.charAt(i);
                if (!PersianNormalizer.isSpace(ch) && ch != PersianNormalizer.ZWNJ && !PersianNormalizer.isInvisible(ch)) {
                    return false;
                }
            }
        }
        return true;
    }

    long line() {
        return line;
    }

    /** The raw cells, as in the file; not to be changed. */
    String[] cells() {
        return cells;
    }

    int cellCount() {
        return cells.length;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The row's warnings, which reject nothing. */
    List<Problem> warnings() {
        return warnings;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    Messages messages() {
        return messages;
    }

    /** The raw text of a cell, or null when the file has no such column. */
    @Nullable String raw(ColumnKey column) {
        int i = header.index(column.position());
        return i < 0 || i >= cells.length ? null : cells[i];
    }

    /** A column as messages name it: {@code investment}, or in Persian {@code مبلغ سرمایه‌گذاری (investment)}. */
    String label(ColumnKey column) {
        return messages.column(column.column());
    }

    /**
     * Records a problem on a column, with the column's raw value and, in a workbook, its cell; the
     * row number is given when the row is collected.
     */
    void problem(@Nullable ColumnKey column, ErrorCode code, String message) {
        problems.add(new Problem(line, null, column == null ? null : column.name(), column == null ? null : raw(column),
                code, message, sheet, cell(column)));
    }

    /** The sheet's name of a column's cell, such as {@code H2}; null in a CSV file or without the column. */
    private @Nullable String cell(@Nullable ColumnKey column) {
        int i = column == null ? -1 : header.index(column.position());
        return sheet == null || i < 0 ? null : CellNames.of(i, line);
    }

    /** Records a problem on a sheet's cell outside the columns, with its raw value. */
    void cellProblem(String cell, String value, ErrorCode code, String message) {
        problems.add(new Problem(line, null, null, value, code, message, sheet, cell));
    }

    /**
     * True when the cell is missing: absent, or empty after normalization — only white space or
     * invisible marks — or a lone {@code -}.
     */
    boolean missing(ColumnKey column) {
        return normal(column) == null;
    }

    /**
     * True when the cell has a value; otherwise records that it is required, unless the cell was
     * already refused for what it holds (such as an Excel error).
     */
    boolean required(ColumnKey column) {
        if (missing(column)) {
            if (!hasProblem(column)) {
                problem(column, ErrorCode.REQUIRED, messages.get("required", "column", label(column)));
            }
            return false;
        }
        return true;
    }

    /** True when a problem is already recorded on the column. */
    boolean hasProblem(ColumnKey column) {
        return problems.stream().anyMatch(p -> column.name().equals(p.column()));
    }

    /** Normalized text, with the CSV exporter's formula guard removed; null when missing. */
    @Nullable String text(ColumnKey column) {
        String normal = normal(column);
        return normal == null ? null : guarded() ? FormulaGuard.unguard(normal) : normal;
    }

    /** Whether text may carry the CSV exporter's formula guard: a workbook's string cell never needs one. */
    private boolean guarded() {
        return typed == null;
    }

    /** The typed value of a column's cell, or null for text or a missing cell. */
    private @Nullable CellValue typed(ColumnKey column) {
        if (typed == null) {
            return null;
        }
        int i = header.index(column.position());
        return i < 0 || i >= typed.length ? null : typed[i];
    }

    /**
     * The normalized text of a cell, computed once (null when missing). A control character,
     * a lone surrogate or a noncharacter is a {@code type-error} on the column and is left out of the
     * text, so that the rest of the row is still checked. Free text — a text column, or a list of text
     * items — whose letters a program lost to {@code ?} ({@link LostLetters}) is a {@code lost-letters}
     * error on the column, and the cell is then read as missing, so that it holds no other problem.
     */
    private @Nullable String normal(ColumnKey column) {
        int i = header.index(column.position());
        if (i < 0 || i >= cells.length) {
            return null;
        }
        if (read[i]) {
            return texts[i];
        }
        read[i] = true;
        if (typed != null && i < typed.length && refused(column, typed[i])) {
            return null;
        }
        String cell = cells[i];
        String normal = i < Long.SIZE && (this.normal & 1L << i) != 0 ? cell : PersianNormalizer.normalize(cell);
        int found = normal == cell ? -1 : PersianNormalizer.findNonText(cell);
        if (found >= 0) {
            char c = cell.charAt(found);
            problem(column, ErrorCode.TYPE_ERROR, messages.get(PersianNormalizer.isControl(c)
                    ? "type-error.control" : "type-error.not-text", "char",
                    String.format("U+%04X", Character.codePointAt(cell, found))));
            normal = PersianNormalizer.normalize(withoutNonText(cell));
        }
        String text = normal.isEmpty() || normal.equals("-") ? null : normal;
        Column.Type type = column.column().type();
        if (text != null && (type == Column.Type.TEXT || type == Column.Type.LIST && column.column().codeList() == null)
                && LostLetters.in(text, type == Column.Type.LIST, lacksYeh != null)) {
            problem(column, ErrorCode.LOST_LETTERS, lacksYeh == null ? messages.get("lost-letters", "value", text)
                    : messages.get("lost-letters.yeh", "value", text, "encoding", lacksYeh.name()));
            text = null;
        }
        texts[i] = text;
        return text;
    }

    /**
     * A cell that holds no value of the catalog: a yes/no value, an Excel error, a formula without its
     * result, a number past the bounds of the format's numbers.
     */
    private boolean refused(ColumnKey column, @Nullable CellValue value) {
        if (value instanceof CellValue.Flag f) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.flag", "value", f.value() ? "TRUE" : "FALSE"));
        } else if (value instanceof CellValue.Failure f) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.excel-error", "value", f.code()));
        } else if (value instanceof CellValue.NoResult f) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.no-result", "value", f.formula()));
        } else if (value instanceof CellValue.Unbounded u) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.number.digits", "value", u.written()));
        } else {
            return false;
        }
        return true;
    }

    /** The cell without what {@link PersianNormalizer#findNonText(CharSequence)} finds in it. */
    private static String withoutNonText(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        int i = 0;
        while (i < cell.length()) {
            int n = Character.charCount(cell.codePointAt(i));
            if (PersianNormalizer.findNonText(cell.subSequence(i, i + n)) < 0) {
                out.append(cell, i, i + n);
            }
            i += n;
        }
        return out.toString();
    }

    /** A decimal such as a coordinate; null when missing or not a number. */
    @Nullable BigDecimal decimal(ColumnKey column) {
        String text = text(column);
        BigDecimal typedValue = typedNumber(column);
        return text == null ? null : typedValue != null ? typedValue : number(column, text, false);
    }

    /** The number of a cell the workbook typed as a number, or null. */
    private @Nullable BigDecimal typedNumber(ColumnKey column) {
        return typed(column) instanceof CellValue.Number n ? n.value() : null;
    }

    /** A decimal that may end in {@code %} or {@code ٪}; null when missing or not a number. */
    @Nullable BigDecimal percent(ColumnKey column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        BigDecimal typedValue = typedNumber(column);
        if (typedValue != null) {
            return typedValue;
        }
        if (text.endsWith("%") || text.endsWith("٪")) {
            text = text.substring(0, text.length() - 1);
        }
        return number(column, text, false);
    }

    /**
     * A quantity such as a land area, where one separator followed by three digits is refused as
     * {@code ambiguous-number}; null when missing or not a number.
     */
    @Nullable BigDecimal quantity(ColumnKey column) {
        String text = text(column);
        BigDecimal typedValue = typedNumber(column);
        return text == null ? null : typedValue != null ? typedValue : number(column, text, true);
    }

    private @Nullable BigDecimal number(ColumnKey column, String text, boolean unambiguous) {
        try {
            return unambiguous ? NumberParser.parseUnambiguous(text) : NumberParser.parseDecimal(text);
        } catch (NumberParseException e) {
            numberProblem(column, e, "type-error.decimal");
            return null;
        }
    }

    @Nullable Integer integer(ColumnKey column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        BigDecimal value = typedNumber(column);
        try {
            value = value != null ? value : NumberParser.parseDecimal(text);
        } catch (NumberParseException e) {
            numberProblem(column, e, "type-error.integer");
            return null;
        }
        BigDecimal whole = whole(value);
        if (whole.scale() > 0) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.integer", "value", text));
            return null;
        }
        try {
            return whole.intValueExact();
        } catch (ArithmeticException e) {
            problem(column, ErrorCode.OUT_OF_RANGE, messages.get("out-of-range.integer", "value", text));
            return null;
        }
    }

    /**
     * A number without trailing zeros after the decimal point, for telling whether it is whole: a number
     * of scale zero, nearly every integer cell, as it is, without the copy that stripping makes.
     */
    static BigDecimal whole(BigDecimal value) {
        return value.scale() == 0 ? value : value.stripTrailingZeros();
    }

    /**
     * Records why a number was refused, in words that say what to write: an ambiguous separator is
     * {@code ambiguous-number} with both readings; every other reason is a {@code type-error}.
     *
     * @param fallback the message key for a text that is no number at all
     */
    void numberProblem(ColumnKey column, NumberParseException e, String fallback) {
        String value = e.text().strip();
        switch (e.reason()) {
            case AMBIGUOUS:
                BigDecimal decimal = e.readings().get(0);
                BigDecimal thousands = e.readings().get(1);
                problem(column, ErrorCode.AMBIGUOUS_NUMBER, messages.get("ambiguous-number", "value", value,
                        "decimal", messages.number(decimal.stripTrailingZeros().toPlainString()),
                        "thousands", messages.number(thousands.toPlainString()),
                        "decimalForm", messages.number(NumberParser.writeUnambiguous(decimal.stripTrailingZeros())),
                        "thousandsForm", messages.number(String.format(Locale.ROOT, "%,d", thousands.toBigInteger()))));
                return;
            case GROUPING:
                problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.number.grouping", "value", value));
                return;
            case TOO_MANY_DIGITS:
                problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.number.digits", "value", value));
                return;
            case EXPONENT:
                problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.number.exponent", "value", value));
                return;
            case WORDS:
                problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.number.words", "value", value));
                return;
            case UNKNOWN_WORD:
                problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.amount.word", "value", value,
                        "word", e.word().orElse("")));
                return;
            default:
                problem(column, ErrorCode.TYPE_ERROR, messages.get(fallback, "value", value));
        }
    }

    @Nullable LocalDate date(ColumnKey column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        CellValue value = typed(column);
        if (value instanceof CellValue.Date d) {
            return d.value();
        }
        if (value instanceof CellValue.SolarHijri typedDay) {
            return solarHijri(column, typedDay);
        }
        if (value instanceof CellValue.Number) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.date-number", "value", text));
            return null;
        }
        try {
            return DateParser.parse(text);
        } catch (WeekdayMismatchException e) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.date.weekday", "value", text,
                    "weekday", e.weekday(), "actual", messages.weekday(e.actual())));
        } catch (DateTimeParseException e) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.date", "value", text));
        } catch (DateTimeException e) {
            problem(column, ErrorCode.OUT_OF_RANGE, messages.get("out-of-range.date", "value", text));
        }
        return null;
    }

    /**
     * A Solar Hijri date typed into a date cell: that day, with a {@code jalali-date-cell} warning
     * naming the cell and the date read, or a {@code type-error} when the calendar has no such day.
     */
    private @Nullable LocalDate solarHijri(ColumnKey column, CellValue.SolarHijri typedDay) {
        String cell = String.valueOf(cell(column));
        String place = messages.cell(sheet, cell, column.column());
        try {
            LocalDate day = JalaliDate.of(typedDay.year(), typedDay.month(), typedDay.day()).toLocalDate();
            warnings.add(new Problem(line, null, column.name(), raw(column), ErrorCode.JALALI_DATE_CELL,
                    messages.get("jalali-date-cell", "place", place, "date", messages.dates(day)), sheet, cell));
            return day;
        } catch (DateTimeException e) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.jalali-date-cell", "place", place,
                    "date", messages.number(typedDay.toString())));
            return null;
        }
    }

    @Nullable URI url(ColumnKey column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.url", "value", text));
            return null;
        }
    }

    /**
     * An amount and the unit written with it, or that the column's header names for it; null when
     * missing, not an amount, or at odds with the header (then the row holds the problem).
     */
    AmountParser.@Nullable ParsedAmount amount(ColumnKey column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        BigDecimal typedValue = typedNumber(column);
        if (typedValue != null) {
            return headed(column, new AmountParser.ParsedAmount(typedValue, Optional.empty()));
        }
        try {
            return headed(column, AmountParser.parse(text));
        } catch (NumberParseException e) {
            numberProblem(column, e, "type-error.amount");
            return null;
        }
    }

    /**
     * The header cell of a column whose header names a scale, such as {@code مبلغ سرمایه‌گذاری (میلیون ریال)}.
     *
     * @param column the column
     * @return the header as the file writes it; null when the column's header names no scale
     */
    @Nullable String scaledHeader(ColumnKey column) {
        AmountParser.ScaleAndUnit named = header.unit(column.position());
        return named == null || named.scale() == 0 ? null : header.written(column.position());
    }

    /**
     * An amount of a column with the scale and unit its header names (CSV format §1): a number
     * written without a scale word takes the header's scale, one without a unit takes the header's
     * unit; a scale or unit of the cell's own that is not the header's is a {@code cross-field}
     * error naming the cell and the header.
     *
     * @param amount an amount read from one of the column's cells
     * @return the amount, the header's scale and unit applied; null when it disagrees with the header
     */
    AmountParser.@Nullable ParsedAmount headed(ColumnKey column, AmountParser.ParsedAmount amount) {
        AmountParser.ScaleAndUnit named = header.unit(column.position());
        if (named == null) {
            return amount;
        }
        boolean scaleDiffers = named.scale() > 0 && amount.scale() > 0 && named.scale() != amount.scale();
        boolean unitDiffers = named.unit().isPresent() && amount.unit().isPresent()
                && !named.unit().get().equals(amount.unit().get());
        if (scaleDiffers || unitDiffers) {
            problem(column, ErrorCode.CROSS_FIELD, messages.get("cross-field.header-unit", "value", text(column),
                    "header", header.written(column.position())));
            return null;
        }
        BigDecimal value = amount.scale() == 0 ? amount.amount().movePointRight(named.scale()) : amount.amount();
        if (amount.unit().isEmpty() && named.unit().isPresent()) {
            value = value.multiply(named.unit().get().factor());
        }
        return new AmountParser.ParsedAmount(value, amount.unit().or(named::unit), Math.max(amount.scale(),
                named.scale()));
    }

    /** A currency column: an ISO code or a unit word; null when missing or unknown (then the row holds the problem). */
    CurrencyUnits.@Nullable Unit currency(ColumnKey column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Optional<CurrencyUnits.Unit> unit = CurrencyUnits.find(text);
        if (unit.isEmpty()) {
            problem(column, ErrorCode.UNKNOWN_CODE, messages.get("unknown-code.currency", "value", text));
            return null;
        }
        return unit.get();
    }

    /** A coded value by code or name; null when missing or unknown. */
    <T extends Named> @Nullable T code(ColumnKey column, CodeMatcher<T> matcher) {
        String text = text(column);
        return text == null ? null : lookUp(column, text, matcher);
    }

    <T extends Named> @Nullable T lookUp(ColumnKey column, String text, CodeMatcher<T> matcher) {
        Optional<T> found = matcher.find(text);
        if (found.isPresent()) {
            return found.get();
        }
        unknownCode(column, text, matcher);
        return null;
    }

    <T extends Named> void unknownCode(ColumnKey column, String text, CodeMatcher<T> matcher) {
        String suggestion = matcher.suggest(text).map(c -> messages.get("suggestion", "candidate", messages.name(c)))
                .orElse("");
        String known = matcher.values().stream().map(messages::name).collect(Collectors.joining(messages.comma()));
        problem(column, ErrorCode.UNKNOWN_CODE, messages.get("unknown-code", "value", text, "column", label(column),
                "suggestion", suggestion, "known", known));
    }

    /**
     * The items of a list cell, split at {@code ;} {@code |} {@code ،}, each normalized and with its
     * formula guard removed; empty items dropped.
     */
    List<String> list(ColumnKey column) {
        String normal = normal(column);
        if (normal == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= normal.length(); i++) {
            if (i == normal.length() || normal.charAt(i) == ';' || normal.charAt(i) == '|' || normal.charAt(i) == '،') {
                String item = PersianNormalizer.normalize(normal.substring(start, i));
                if (!item.isEmpty()) {
                    items.add(guarded() ? FormulaGuard.unguard(item) : item);
                }
                start = i + 1;
            }
        }
        return items;
    }

    /** The items of a list cell looked up as codes; unknown items are recorded and left out. */
    <T extends Named> List<T> codes(ColumnKey column, CodeMatcher<T> matcher) {
        List<T> out = new ArrayList<>();
        for (String item : list(column)) {
            T value = lookUp(column, item, matcher);
            if (value != null && !out.contains(value)) {
                out.add(value);
            }
        }
        return out;
    }
}
