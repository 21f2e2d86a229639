package ir.anzali.investment.catalog.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that lets through at most so many bytes and fails with {@link TooLong} on the first byte
 * past them, so that a document over the limit stops while it is read. Not thread-safe.
 */
final class LimitedInput extends FilterInputStream {

    private final long max;
    private long read;

    LimitedInput(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) throws TooLong {
        read += n;
        if (read > max) {
            throw new TooLong(max);
        }
    }

    /** The document has more bytes than the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final long max;

        TooLong(long max) {
            super("The document is longer than " + max + " bytes", null);
            this.max = max;
        }

        /**
         * The error that refuses the document.
         *
         * @param where where the reading stopped, or empty when it stopped before the first token
         */
        CatalogJsonException refusal(String where) {
            return new CatalogJsonException(where, "The document is longer than " + max + " bytes, the most this "
                    + "reader takes in. Split the catalog, or raise the limit with "
                    + "CatalogJson.withLimits(limits.withMaxBytes(…)).", this);
        }
    }
}
