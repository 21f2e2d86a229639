package ir.anzali.investment.catalog.internal.validation;

/**
 * A quick test for the common shape of an email address, which Hibernate Validator's {@code @Email}
 * check accepts too: a local part of at most 64 ASCII letters, digits, {@code _ + -} in dot-separated
 * atoms, and a domain of at most 253 characters in dot-separated labels of at most 63 ASCII letters,
 * digits and inner hyphens. That check costs about a microsecond a value (regular expressions and an
 * IDN conversion); this one a few nanoseconds. It only ever says yes for addresses the full check
 * accepts ({@code PlainEmailTest} compares the two); an address it does not recognize goes to the full
 * check. Stateless and thread-safe.
 */
final class PlainEmail {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    private static final int MAX_LABEL = 63;

    private PlainEmail() {
    }

    /**
     * Tells whether a value has the plain shape.
     *
     * @param value the value, not null
     * @return true when the value is certainly a valid address; false when the full check must decide
     */
    static boolean isPlain(CharSequence value) {
        int n = value.length();
        int at = -1;
        for (int i = 0; i < n; i++) {
            if (value.charAt(i) == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        return at > 0 && at <= MAX_LOCAL && n - at - 1 <= MAX_DOMAIN && isLocalPart(value, 0, at)
                && isDomain(value, at + 1, n);
    }

    private static boolean isLocalPart(CharSequence s, int from, int to) {
        boolean atomStart = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (atomStart) {
                    return false;
                }
                atomStart = true;
            } else if (isAsciiAlnum(c) || c == '_' || c == '+' || c == '-') {
                atomStart = false;
            } else {
                return false;
            }
        }
        return !atomStart;
    }

    private static boolean isDomain(CharSequence s, int from, int to) {
        int labelStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '.') {
                int length = i - labelStart;
                if (length == 0 || length > MAX_LABEL || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (!(isAsciiAlnum(s.charAt(i)) || s.charAt(i) == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
