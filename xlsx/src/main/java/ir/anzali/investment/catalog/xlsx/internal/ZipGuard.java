package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.spi.RecordException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a workbook's archive before any XML of it is parsed: no part may expand to more than
 * {@value #MAX_RATIO} times its compressed size (a real workbook's XML compresses 5 to 30 times) or
 * the whole past {@link #MAX_EXPANDED_BYTES}; and no part may declare a document type, which workbooks never do and which entity expansion attacks need:
 * the XML parser reads each XML part's prolog, in whatever encoding it declares, and refuses one.
 * The sizes are counted while inflating, not taken from the archive's word. A sheet's XML and the
 * shared strings, which are read as a stream and never held whole, are checked here up to their root
 * element only, and counted while they are read ({@link #counted}), so that they are not inflated twice.
 */
final class ZipGuard {

    /** The most a part may expand, as a multiple of its compressed size, past its first mebibyte. */
    static final int MAX_RATIO = 100;
    /** The most all parts together may expand to: 2 GiB. */
    static final long MAX_EXPANDED_BYTES = 2L << 30;
    private static final long FREE_BYTES = 1L << 20;

    private ZipGuard() {
    }

    /**
     * Checks an archive, inflating each part (a sheet's only up to its root element).
     *
     * @param zip the archive, open
     * @throws RecordException when a part expands too far or declares a document type, or the
     *                           archive is damaged
     * @throws IOException       when the file cannot be read
     */
    static void check(ZipFile zip) throws RecordException, IOException {
        long[] total = {0};
        byte[] buffer = new byte[64 * 1024];
        try {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                try (InputStream in = new Counted(zip.getInputStream(entry), allowed(entry), total)) {
                    boolean xml = (lower.endsWith(".xml") || lower.endsWith(".rels"))
                            && XmlPart.refuseDocumentType(in, "its part " + name);
                    if (!xml || !isStreamed(name)) {
                        while (in.read(buffer) >= 0) {
                            // Only counted: the part is parsed, if at all, where it is read.
                        }
                    }
                }
            }
        } catch (TooLarge e) {
            throw e.failure();
        } catch (ZipException e) {
            throw damaged();
        }
    }

    /** The failure of an archive that is not a zip archive, or a damaged one, in the library's words. */
    static RecordException damaged() {
        return new RecordException(RecordException.Reason.UNREADABLE, 0,
                "it is not a zip archive, or a damaged one");
    }

    /**
     * Whether a part is one read as a stream and counted while read: a sheet's XML or the shared
     * strings, by the names every writer gives them. A part named otherwise is inflated here too.
     */
    static boolean isStreamed(String part) {
        String name = part.toLowerCase(Locale.ROOT);
        return name.startsWith("xl/worksheets/") && name.endsWith(".xml") && name.indexOf('/', 14) < 0
                || name.equals("xl/sharedstrings.xml");
    }

    private static long allowed(ZipEntry entry) {
        return FREE_BYTES + MAX_RATIO * Math.max(0, entry.getCompressedSize());
    }

    /**
     * A part's inflated bytes, refused past the expansion {@link #check} allows a part.
     *
     * @param in    the inflated bytes
     * @param entry the part
     * @return a stream that throws {@link TooLarge} when the part expands too far
     */
    static InputStream counted(InputStream in, ZipEntry entry) {
        return new Counted(in, allowed(entry), new long[1]);
    }

    /** Inflated bytes counted against a part's allowance and, with the other parts', against the whole's. */
    private static final class Counted extends CountingStream {
        private final long allowed;
        private final long[] total;
        private long expanded;

        Counted(InputStream in, long allowed, long[] total) {
            super(in);
            this.allowed = allowed;
            this.total = total;
        }

        @Override
        void count(int n) throws TooLarge {
            expanded += n;
            total[0] += n;
            if (expanded > allowed || total[0] > MAX_EXPANDED_BYTES) {
                throw new TooLarge();
            }
        }
    }

    /** A part expanded past what the guard allows, found while it was read. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the part expands too far");
        }

        /** The failure a report gives for it. */
        RecordException failure() {
            return new RecordException(RecordException.Reason.TOO_LARGE, 0, String.valueOf(MAX_EXPANDED_BYTES >> 20));
        }
    }
}
