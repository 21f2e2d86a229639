package ir.anzali.investment.catalog.text;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads numbers as catalog data writes them (CSV format §4): ASCII, Persian and Arabic-Indic
 * digits; group separators {@code ,} {@code ٬} (U+066C) or a space between groups of three; a
 * decimal point {@code .} or {@code ٫} (U+066B); a leading {@code -} or {@code −} (U+2212).
 *
 * <p>Grouping is checked: {@code 1,200,000,000} is 1200000000, and {@code 1,5} is refused rather
 * than read as one and a half or as fifteen. Stateless and thread-safe.
 */
public final class NumberParser {

    private static final int MAX_DIGITS = 60;

    private NumberParser() {
    }

    /**
     * Parses a decimal number.
     *
     * @param text the text, not null; surrounding white space is ignored
     * @return the number, never null, with the scale written (trailing zeros kept)
     * @throws NumberFormatException when the text is not such a number; the message quotes it
     */
    public static BigDecimal parseDecimal(String text) {
        String s = text.strip();
        int n = s.length();
        if (n == 0) {
            throw invalid(text, "it is empty");
        }
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '\u2212') {
            negative = true;
            i = 1;
        }
        long small = 0;
        int digitCount = 0;
        StringBuilder digits = null;
        int scale = -1;
        int groupLength = 0;
        int groupCount = 1;
        char separator = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            int v = Digits.value(c);
            if (v >= 0) {
                if (digitCount < 18) {
                    small = small * 10 + v;
                } else {
                    if (digits == null) {
                        digits = new StringBuilder(n).append(small);
                    }
                    digits.append((char) ('0' + v));
                }
                digitCount++;
                if (scale >= 0) {
                    scale++;
                } else {
                    groupLength++;
                }
                continue;
            }
            if (c == '.' || c == '\u066B') {
                if (scale >= 0) {
                    throw invalid(text, "it has two decimal points");
                }
                if (groupLength == 0 || (groupCount > 1 && groupLength != 3)) {
                    throw invalid(text, "digits are grouped wrongly");
                }
                scale = 0;
                continue;
            }
            if (c == ',' || c == '\u066C' || c == ' ' || c == '\u00A0' || c == '\u202F') {
                char kind = (c == ',' || c == '\u066C') ? ',' : ' ';
                if (scale >= 0 || groupLength == 0 || groupLength > 3 || (groupCount > 1 && groupLength != 3)
                        || (separator != 0 && separator != kind)) {
                    throw invalid(text, "digits are grouped wrongly; write groups of three, like 1,200,000");
                }
                separator = kind;
                groupCount++;
                groupLength = 0;
                continue;
            }
            throw invalid(text, "'" + c + "' is not a digit");
        }
        if (digitCount == 0) {
            throw invalid(text, "it has no digits");
        }
        if (scale == 0) {
            throw invalid(text, "no digits follow the decimal point");
        }
        if (scale < 0 && groupCount > 1 && groupLength != 3) {
            throw invalid(text, "digits are grouped wrongly; write groups of three, like 1,200,000");
        }
        if (digitCount > MAX_DIGITS) {
            throw invalid(text, "it has more than " + MAX_DIGITS + " digits");
        }
        int finalScale = Math.max(scale, 0);
        if (digits == null) {
            return BigDecimal.valueOf(negative ? -small : small, finalScale);
        }
        BigInteger unscaled = new BigInteger(digits.toString());
        return new BigDecimal(negative ? unscaled.negate() : unscaled, finalScale);
    }

    /**
     * Parses a whole number.
     *
     * @param text the text, not null
     * @return the number
     * @throws NumberFormatException when the text is not a whole number in the range of {@code long}
     */
    public static long parseInteger(String text) {
        BigDecimal value = parseDecimal(text);
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw invalid(text, "it is not a whole number");
        }
    }

    private static NumberFormatException invalid(String text, String why) {
        return new NumberFormatException("Not a number: '" + text + "': " + why);
    }
}
