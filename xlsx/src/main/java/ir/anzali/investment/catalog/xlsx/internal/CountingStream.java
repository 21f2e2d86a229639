package ir.anzali.investment.catalog.xlsx.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that hands the number of bytes of every read to {@link #count(int)}, which may refuse them. */
abstract class CountingStream extends FilterInputStream {

    CountingStream(InputStream in) {
        super(in);
    }

    /**
     * Takes the bytes a read gave.
     *
     * @param n how many, 0 at the end
     * @throws IOException to refuse them, which stops the reading
     */
    abstract void count(int n) throws IOException;

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(Math.max(0, n));
        return n;
    }
}
