package ir.anzali.investment.catalog.validation;

/**
 * The kind of rule a value breaks. Each kind has the error code of the CSV report (CSV format §5),
 * so that objects validated in code and rows read from a file are judged in the same words.
 */
public enum Rule {
    /** A required value is missing. */
    REQUIRED("required"),
    /** A value is not of its type: not an email, URL, phone number… */
    TYPE("type-error"),
    /** A number or date outside its range. */
    OUT_OF_RANGE("out-of-range"),
    /** Text longer than allowed. */
    TOO_LONG("too-long"),
    /** An id of the wrong shape. */
    PATTERN("pattern"),
    /** A rule across several values. */
    CROSS_FIELD("cross-field"),
    /** A code or name, typed as text, that names no value of its list. */
    UNKNOWN_CODE("unknown-code");

    private final String code;

    Rule(String code) {
        this.code = code;
    }

    /**
     * The error code of the CSV report, such as {@code out-of-range}.
     *
     * @return the code, never null
     */
    public String code() {
        return code;
    }
}
