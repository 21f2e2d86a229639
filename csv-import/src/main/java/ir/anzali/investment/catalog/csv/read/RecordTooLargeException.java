package ir.anzali.investment.catalog.csv.read;

import java.io.IOException;

/** A record that runs past the size limit, such as one opened by a quote that never closes. */
final class RecordTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;

    RecordTooLargeException(long line) {
        super("Record starting on line " + line + " is larger than the limit");
        this.line = line;
    }

    long line() {
        return line;
    }
}
