package ir.anzali.investment.catalog.xlsx.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Tells a number cell's text that the library reads from one past its bounds, before any arithmetic
 * is done on it: the bounds of the CSV format's numbers, at most 30 significant digits, 30 digits
 * before the point and 30 decimals, so that no number costs memory or time in proportion to its
 * exponent ({@code 1E-999999999}); and reads a number within them ({@link #value}). Stateless.
 */
final class Numbers {

    /** The most significant digits, digits before the point, and decimals a number may have. */
    static final int MAX_DIGITS = 30;
    /** The most digits an exponent is read with. */
    private static final int MAX_EXPONENT_DIGITS = 4;

    /** What a cell's text is. */
    enum Kind {
        /** A number within the bounds: {@code new BigDecimal} reads it at once. */
        NUMBER,
        /** A number past the bounds. */
        UNBOUNDED,
        /** No number. */
        NOT_A_NUMBER
    }

    /** The most significant digits {@link #compact} reads, all of which a {@code long} holds. */
    private static final int COMPACT_DIGITS = 18;
    /** 10^17: a number past it has {@value #COMPACT_DIGITS} digits, ten times it one more. */
    private static final long E17 = 100_000_000_000_000_000L;

    private Numbers() {
    }

    /**
     * A number within the bounds as the reading keeps it: without trailing zeros and at no negative
     * scale, so that its text is written plainly ({@code 6E+3} is 6000, {@code 46109.0} is 46109).
     *
     * @param s     the text, stripped, of {@link Kind#NUMBER}
     * @param point how many places to move the point right: 2 for a percentage's shown value, else 0
     * @return the number, never null
     */
    static BigDecimal value(String s, int point) {
        BigDecimal compact = compact(s, point);
        if (compact != null) {
            return compact;
        }
        BigDecimal number = new BigDecimal(s).movePointRight(point).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /**
     * Fast code, measured (see docs/performance.md, Excel workbooks, 2026-12-02): {@link #value} of a
     * number of at most {@value #COMPACT_DIGITS} significant digits, read into a {@code long} without
     * making a {@link BigDecimal} of the text first. Checked against the {@link BigDecimal} reading on
     * random numbers ({@code NumbersTest}).
     *
     * @return the number, or null when it has more digits, which {@link #value} reads the slow way
     */
    private static @Nullable BigDecimal compact(String s, int point) {
        int n = s.length();
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        boolean negative = i == 1 && s.charAt(0) == '-';
        long unscaled = 0;
        int digits = 0;
        long scale = -point;
        boolean decimals = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (unscaled != 0 || c != '0') {
                    if (++digits > COMPACT_DIGITS) {
                        return null;
                    }
                    unscaled = unscaled * 10 + c - '0';
                }
                scale += decimals ? 1 : 0;
            } else if (c == '.' && !decimals) {
                decimals = true;
            } else {
                break;
            }
        }
        if (i < n) {
            // An exponent, of at most MAX_EXPONENT_DIGITS digits as kind() has checked.
            i++;
            boolean below = s.charAt(i) == '-';
            i += below || s.charAt(i) == '+' ? 1 : 0;
            long exponent = 0;
            for (; i < n; i++) {
                exponent = exponent * 10 + s.charAt(i) - '0';
            }
            scale += below ? exponent : -exponent;
        }
        if (unscaled == 0) {
            return BigDecimal.ZERO;
        }
        while (unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        for (; scale < 0; scale++) {
            if (unscaled >= E17) {
                return null;
            }
            unscaled *= 10;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, (int) scale);
    }

    /**
     * What a text is: an optional sign, digits with an optional point, and an optional exponent.
     *
     * @param s the text, stripped
     * @return its kind
     */
    static Kind kind(String s) {
        return kind(s, 0);
    }

    /**
     * What a text is, its point moved right as {@link #value} moves it: a percentage's shown value
     * has two digits more before the point than the text, and is past the bounds when they are more
     * than {@value #MAX_DIGITS}.
     *
     * @param s     the text, stripped
     * @param moved how many places the point is moved right: 2 for a percentage's shown value, else 0
     * @return its kind
     */
    static Kind kind(String s, int moved) {
        int n = s.length();
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int digits = 0;
        int point = -1;
        int first = -1;
        int last = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (c != '0') {
                    first = first < 0 ? digits : first;
                    last = digits;
                }
                digits++;
            } else if (c == '.' && point < 0) {
                point = digits;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Kind.NOT_A_NUMBER;
        }
        long exponent = 0;
        if (i < n) {
            if (s.charAt(i) != 'e' && s.charAt(i) != 'E' || ++i == n) {
                return Kind.NOT_A_NUMBER;
            }
            boolean negative = s.charAt(i) == '-';
            i += s.charAt(i) == '-' || s.charAt(i) == '+' ? 1 : 0;
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i < n || start == n) {
                return Kind.NOT_A_NUMBER;
            }
            while (start < n && s.charAt(start) == '0') {
                start++;
            }
            if (n - start > MAX_EXPONENT_DIGITS) {
                return Kind.UNBOUNDED;
            }
            exponent = start == n ? 0 : Long.parseLong(s.substring(start));
            exponent = negative ? -exponent : exponent;
        }
        if (first < 0) {
            return Kind.NUMBER;
        }
        int whole = point < 0 ? digits : point;
        // The places of the first and last significant digits: 0 for units, -1 for tenths.
        long high = whole - 1 - first + exponent + moved;
        long low = whole - 1 - last + exponent + moved;
        return last - first + 1 > MAX_DIGITS || high >= MAX_DIGITS || -low > MAX_DIGITS ? Kind.UNBOUNDED : Kind.NUMBER;
    }
}
