package ir.anzali.investment.catalog.csv.internal;

/** A problem that stops reading a file: bytes invalid in the encoding, or a malformed record. */
final class CsvFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for the message. */
    enum Reason {
        /** Bytes invalid in the encoding. */
        ENCODING,
        /** A quote opened and never closed; the detail is the cell, from 1. */
        UNCLOSED_QUOTE,
        /** A quote still open when its record ran past the size limit; the detail is the cell, from 1. */
        QUOTE_PAST_LIMIT,
        /** Text after a closing quote. */
        STRAY_QUOTE,
        /** A record over the size limit. */
        RECORD_TOO_LARGE,
        /** A cell over the size limit. */
        CELL_TOO_LARGE,
        /** Too many columns. */
        TOO_MANY_COLUMNS
    }

    private final Reason reason;
    private final long line;

    CsvFailure(Reason reason, long line, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
        this.line = line;
    }

    Reason reason() {
        return reason;
    }

    long line() {
        return line;
    }

    /** The number a failure of a cell or of columns names: the cell, or the cells the record has. */
    long number() {
        return Long.parseLong(String.valueOf(getMessage()));
    }
}
