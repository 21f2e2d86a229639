package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.internal.WorkbookException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a workbook's archive before any XML of it is parsed: it must be a zip archive holding a
 * workbook; no part may expand to more than {@value #MAX_RATIO} times its compressed size (a real
 * workbook's XML compresses 5 to 30 times) or the whole past {@link #MAX_EXPANDED_BYTES}; and no part
 * may declare a document type, which workbooks never do and which entity expansion attacks need.
 * The sizes are counted while inflating, not taken from the archive's word.
 */
final class ZipGuard {

    /** The most a part may expand, as a multiple of its compressed size, past its first mebibyte. */
    static final int MAX_RATIO = 100;
    /** The most all parts together may expand to: 2 GiB. */
    static final long MAX_EXPANDED_BYTES = 2L << 30;
    private static final long FREE_BYTES = 1L << 20;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    private ZipGuard() {
    }

    /**
     * Checks a file.
     *
     * @param file the file
     * @throws WorkbookException when it is not a workbook's archive or expands too far
     * @throws IOException       when it cannot be read
     */
    static void check(Path file) throws WorkbookException, IOException {
        boolean workbook = false;
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                workbook |= entry.getName().equals("xl/workbook.xml");
                long allowed = FREE_BYTES + MAX_RATIO * Math.max(0, entry.getCompressedSize());
                long expanded = 0;
                Prolog prolog = new Prolog(entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        expanded += n;
                        total += n;
                        if (expanded > allowed || total > MAX_EXPANDED_BYTES) {
                            throw new WorkbookException(WorkbookException.Reason.TOO_LARGE, 0,
                                    String.valueOf(MAX_EXPANDED_BYTES >> 20));
                        }
                        prolog.scan(buffer, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0,
                    "it is not a zip archive, or a damaged one (" + e.getMessage() + ")");
        }
        if (!workbook) {
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0,
                    "it is a zip archive without a workbook (xl/workbook.xml)");
        }
    }

    /**
     * Looks for {@code <!DOCTYPE} in a part's prolog, across reads. XML allows a document type only
     * before the root element, so the scan stops where the root element starts (a {@code <} not
     * followed by {@code ?} or {@code !}) and the rest of a large part is only counted.
     */
    private static final class Prolog {
        private final String part;
        private int matched;
        private boolean afterLessThan;
        private boolean done;

        Prolog(String part) {
            this.part = part;
        }

        void scan(byte[] buffer, int n) throws WorkbookException {
            for (int i = 0; i < n && !done; i++) {
                byte b = buffer[i];
                if (afterLessThan && b != '?' && b != '!') {
                    done = true;
                    return;
                }
                afterLessThan = b == '<';
                matched = b == DOCTYPE[matched] ? matched + 1 : b == DOCTYPE[0] ? 1 : 0;
                if (matched == DOCTYPE.length) {
                    throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0,
                            "its part " + part + " declares a document type, which workbooks never do");
                }
            }
        }
    }
}
