package ir.anzali.investment.catalog.xlsx.internal;

/**
 * Tells a number cell's text that the library reads from one past its bounds, before any arithmetic
 * is done on it: the bounds of the CSV format's numbers, at most 30 significant digits, 30 digits
 * before the point and 30 decimals, so that no number costs memory or time in proportion to its
 * exponent ({@code 1E-999999999}). Stateless.
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

    private Numbers() {
    }

    /**
     * What a text is: an optional sign, digits with an optional point, and an optional exponent.
     *
     * @param s the text, stripped
     * @return its kind
     */
    static Kind kind(String s) {
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
        long high = whole - 1 - first + exponent;
        long low = whole - 1 - last + exponent;
        return last - first + 1 > MAX_DIGITS || high >= MAX_DIGITS || -low > MAX_DIGITS ? Kind.UNBOUNDED : Kind.NUMBER;
    }
}
