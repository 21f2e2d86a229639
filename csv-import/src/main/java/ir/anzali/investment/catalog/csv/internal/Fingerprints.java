package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.FileChangedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The fingerprints of the chunks of one reading of a file — each chunk's length and CRC-32C — so
 * that a second reading can tell, chunk by chunk and before it hands out a chunk's rows, that it
 * reads what the first one checked. Eight bytes per 64 KiB chunk. Not thread-safe: used on the
 * reading thread. A workbook, which is read by random access rather than in chunks, is checked
 * whole instead ({@link #digest}).
 */
public final class Fingerprints {

    private final String file;
    private long[] values = new long[64];
    private int count;
    private int verified = -1;

    /**
     * Fingerprints of a file, empty until a first reading records them.
     *
     * @param file the file's name, for the exception
     */
    public Fingerprints(String file) {
        this.file = file;
    }

    /**
     * The SHA-256 digest of a whole file's bytes: taken when a workbook's first reading starts and
     * again before its second reading hands out anything, so that a workbook replaced in between by
     * another of the same size and time is noticed.
     *
     * @param file the file, not null
     * @return the digest, never null
     * @throws IOException when the file cannot be read
     */
    public static byte[] digest(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return sha.digest();
    }

    /** Makes the next reading compare with what the first one recorded. */
    public void verifyNext() {
        verified = 0;
    }

    /**
     * Records a chunk of the first reading, or compares one of the second.
     *
     * @throws FileChangedException when the chunk differs from the one at its place in the first reading
     */
    void see(Chunker.Chunk chunk) throws FileChangedException {
        CRC32C crc = new CRC32C();
        crc.update(chunk.bytes());
        long value = (long) chunk.bytes().length << 32 | crc.getValue();
        if (verified < 0) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = value;
        } else if (verified >= count || values[verified++] != value) {
            throw new FileChangedException(file, "its content differs from line "
                    + chunk.startLine() + " on");
        }
    }

    /**
     * Checks that the second reading saw every chunk of the first.
     *
     * @throws FileChangedException when the file ended early
     */
    void checkComplete() throws FileChangedException {
        if (verified >= 0 && verified != count) {
            throw new FileChangedException(file, "it is shorter than when it was checked");
        }
    }
}
