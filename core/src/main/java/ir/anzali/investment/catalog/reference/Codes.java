package ir.anzali.investment.catalog.reference;

import java.util.Objects;
import java.util.regex.Pattern;

/** Checks of reference-data codes. */
final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private Codes() {
    }

    static String require(String code, String what) {
        Objects.requireNonNull(code, what + " code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " code must be upper-case letters, digits and '_', "
                    + "starting with a letter: '" + code + "'");
        }
        return code;
    }

    static String requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return name;
    }
}
