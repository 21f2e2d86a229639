package ir.anzali.investment.catalog.csv.internal;

import java.io.IOException;

/** Bytes that are not valid in the encoding the file is read with. */
final class EncodingException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final String encoding;

    EncodingException(long line, String encoding) {
        super("Bytes invalid in " + encoding + " on line " + line);
        this.line = line;
        this.encoding = encoding;
    }

    long line() {
        return line;
    }

    String encoding() {
        return encoding;
    }
}
