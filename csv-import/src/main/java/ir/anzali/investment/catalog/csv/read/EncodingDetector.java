package ir.anzali.investment.catalog.csv.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Chooses the encoding of a file when none is given (CSV format §1): a byte-order mark first
 * (UTF-8, UTF-16 LE or BE); else UTF-8 when the bytes examined are valid UTF-8; else windows-1256,
 * what Excel's plain "CSV" save writes on a Persian Windows.
 */
final class EncodingDetector {

    /** Windows Arabic, the code page of Persian Windows. */
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private EncodingDetector() {
    }

    /**
     * Detects the encoding of the bytes a stream will give.
     *
     * @param in    the bytes; read to the end or to {@code limit} bytes
     * @param limit how many bytes to examine at most; {@code Long.MAX_VALUE} for all
     * @return the encoding, never null
     * @throws IOException when reading fails
     */
    static Charset detect(InputStream in, long limit) throws IOException {
        byte[] head = in.readNBytes(3);
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return isUtf8(head, in, limit) ? StandardCharsets.UTF_8 : WINDOWS_1256;
    }

    private static boolean isUtf8(byte[] head, InputStream in, long limit) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        bytes.put(head);
        long examined = head.length;
        boolean end = false;
        while (true) {
            if (!end && examined < limit) {
                int n = in.read(bytes.array(), bytes.position(), (int) Math.min(bytes.remaining(), limit - examined));
                if (n < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + n);
                    examined += n;
                }
            }
            boolean last = end || examined >= limit;
            bytes.flip();
            CoderResult r = decoder.decode(bytes, chars, end);
            if (r.isError()) {
                return false;
            }
            chars.clear();
            bytes.compact();
            if (last && (end || bytes.position() < 4)) {
                return true;
            }
        }
    }
}
