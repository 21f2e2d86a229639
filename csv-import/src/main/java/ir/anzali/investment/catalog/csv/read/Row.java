package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.money.AmountParser;
import ir.anzali.investment.catalog.money.CurrencyUnits;
import ir.anzali.investment.catalog.text.CodeMatcher;
import ir.anzali.investment.catalog.text.DateParser;
import ir.anzali.investment.catalog.text.Named;
import ir.anzali.investment.catalog.text.NumberParser;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One data row being read: its raw cells, and conversions of each cell to its type (CSV format §4)
 * that record a problem naming the line, row, column and value when the cell is not of its type.
 * Not thread-safe.
 */
final class Row {

    private final Header header;
    private final String[] cells;
    private final long line;
    private final Messages messages;
    private final List<Problem> problems = new ArrayList<>(2);
    /** Normalized text by cell, computed once; {@link #NONE} where the cell is missing. */
    private final String[] texts;
    private static final String NONE = new String("");

    Row(Header header, String[] cells, long line, Messages messages) {
        this.header = header;
        this.cells = cells;
        this.line = line;
        this.messages = messages;
        this.texts = new String[cells.length];
    }

    long line() {
        return line;
    }

    int cellCount() {
        return cells.length;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    Messages messages() {
        return messages;
    }

    /** The raw text of a cell, or null when the file has no such column. */
    String raw(String column) {
        int i = header.index(column);
        return i < 0 || i >= cells.length ? null : cells[i];
    }

    /** Records a problem on a column, with the column's raw value; the row number is given when the row is collected. */
    void problem(String column, ErrorCode code, String message) {
        problems.add(new Problem(line, null, column, column == null ? null : raw(column), code, message));
    }

    /** True when the cell is missing: absent, empty, only white space, or a lone {@code -}. */
    boolean missing(String column) {
        return isMissing(raw(column));
    }

    static boolean isMissing(String raw) {
        if (raw == null) {
            return true;
        }
        int n = raw.length();
        int start = 0;
        while (start < n && PersianNormalizer.isSpace(raw.charAt(start))) {
            start++;
        }
        if (start == n) {
            return true;
        }
        if (raw.charAt(start) != '-') {
            return false;
        }
        for (int i = start + 1; i < n; i++) {
            if (!PersianNormalizer.isSpace(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean required(String column) {
        if (missing(column)) {
            problem(column, ErrorCode.REQUIRED, messages.get("required", "column", column));
            return false;
        }
        return true;
    }

    /** Normalized text, with the exporter's formula guard removed; null when missing. */
    String text(String column) {
        int i = header.index(column);
        if (i < 0 || i >= cells.length) {
            return null;
        }
        String t = texts[i];
        if (t == null) {
            String normal = PersianNormalizer.normalize(cells[i]);
            // Only white space and a lone "-" normalize to "" or "-"; other text is never missing.
            boolean missing = (normal.isEmpty() || normal.equals("-")) && isMissing(cells[i]);
            t = missing ? NONE : FormulaGuard.unguard(normal);
            texts[i] = t;
        }
        return t == NONE ? null : t;
    }

    BigDecimal decimal(String column) {
        return decimal(column, false);
    }

    BigDecimal percent(String column) {
        return decimal(column, true);
    }

    private BigDecimal decimal(String column, boolean percent) {
        String raw = raw(column);
        if (isMissing(raw)) {
            return null;
        }
        String s = raw.strip();
        if (percent && (s.endsWith("%") || s.endsWith("٪"))) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return NumberParser.parseDecimal(s);
        } catch (NumberFormatException e) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.decimal", "value", raw.strip()));
            return null;
        }
    }

    Integer integer(String column) {
        String raw = raw(column);
        if (isMissing(raw)) {
            return null;
        }
        BigDecimal value;
        try {
            value = NumberParser.parseDecimal(raw);
        } catch (NumberFormatException e) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.integer", "value", raw.strip()));
            return null;
        }
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.integer", "value", raw.strip()));
            return null;
        }
        try {
            return whole.intValueExact();
        } catch (ArithmeticException e) {
            problem(column, ErrorCode.OUT_OF_RANGE, messages.get("out-of-range.integer", "value", raw.strip()));
            return null;
        }
    }

    LocalDate date(String column) {
        String raw = raw(column);
        if (isMissing(raw)) {
            return null;
        }
        try {
            return DateParser.parse(raw);
        } catch (DateTimeParseException e) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.date", "value", raw.strip()));
        } catch (DateTimeException e) {
            problem(column, ErrorCode.OUT_OF_RANGE, messages.get("out-of-range.date", "value", raw.strip(),
                    "detail", e.getMessage()));
        }
        return null;
    }

    URI url(String column) {
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

    /** An amount and the unit written with it; null when missing or not an amount. */
    AmountParser.ParsedAmount amount(String column) {
        String raw = raw(column);
        if (isMissing(raw)) {
            return null;
        }
        try {
            return AmountParser.parse(raw);
        } catch (NumberFormatException e) {
            problem(column, ErrorCode.TYPE_ERROR, messages.get("type-error.amount", "value", raw.strip()));
            return null;
        }
    }

    /** A currency column: an ISO code or a unit word; empty when missing, null when unknown. */
    Optional<CurrencyUnits.Unit> currency(String column) {
        String text = text(column);
        if (text == null) {
            return Optional.empty();
        }
        Optional<CurrencyUnits.Unit> unit = CurrencyUnits.find(text);
        if (unit.isEmpty()) {
            problem(column, ErrorCode.UNKNOWN_CODE, messages.get("unknown-code.currency", "value", text));
            return null;
        }
        return unit;
    }

    /** A coded value by code or name; null when missing or unknown. */
    <T extends Named> T code(String column, CodeMatcher<T> matcher) {
        String text = text(column);
        return text == null ? null : lookUp(column, text, matcher);
    }

    <T extends Named> T lookUp(String column, String text, CodeMatcher<T> matcher) {
        Optional<T> found = matcher.find(text);
        if (found.isPresent()) {
            return found.get();
        }
        unknownCode(column, text, matcher);
        return null;
    }

    <T extends Named> void unknownCode(String column, String text, CodeMatcher<T> matcher) {
        String suggestion = matcher.suggest(text).map(c -> messages.get("suggestion", "candidate", c.code()))
                .orElse("");
        String known = matcher.values().stream().map(Named::code).collect(Collectors.joining(", "));
        problem(column, ErrorCode.UNKNOWN_CODE, messages.get("unknown-code", "value", text, "column", column,
                "suggestion", suggestion, "known", known));
    }

    /**
     * The items of a list cell, split at {@code ;} {@code |} {@code ،}, each normalized and with its
     * formula guard removed; empty items dropped.
     */
    List<String> list(String column) {
        String raw = raw(column);
        if (isMissing(raw)) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == ';' || raw.charAt(i) == '|' || raw.charAt(i) == '،') {
                String item = PersianNormalizer.normalize(raw.substring(start, i));
                if (!item.isEmpty()) {
                    items.add(FormulaGuard.unguard(item));
                }
                start = i + 1;
            }
        }
        return items;
    }

    /** The items of a list cell looked up as codes; unknown items are recorded and left out. */
    <T extends Named> List<T> codes(String column, CodeMatcher<T> matcher) {
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
