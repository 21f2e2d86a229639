package ir.anzali.investment.catalog.csv.memory;

import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Validates a hostile file made as it is read, and prints the report's counts and errors, one per
 * line: {@code rows R accepted A errors E}, then {@code code line length-of-value}. Run by
 * {@link SmallHeap} with a small heap.
 */
public final class HeapProbe {

    private static final String HEADER = "id,title_fa,sector,investment,currency,lead_agency\n";

    private HeapProbe() {
    }

    /**
     * Runs one case.
     *
     * @param args {@code line ENCODING MEGABYTES}, {@code quoted ENCODING MEGABYTES} or
     *             {@code digits ROWS DIGITS}
     * @throws IOException when reading fails
     */
    public static void main(String[] args) throws IOException {
        InputStream in;
        Charset charset = Charset.forName("UTF-8");
        switch (args[0]) {
            case "line", "quoted" -> {
                charset = Charset.forName(args[1]);
                long bytes = Long.parseLong(args[2]) * 1024 * 1024;
                String start = HEADER + "AFZ-1," + (args[0].equals("quoted") ? "\"" : "");
                in = new SequenceInputStream(new ByteArrayInputStream(bom(charset, start)), repeat(charset, bytes));
            }
            case "digits" -> {
                int rows = Integer.parseInt(args[1]);
                String row = "AFZ-%d,هتل,TOURISM," + "9".repeat(Integer.parseInt(args[2])) + ",IRR,AFZO\n";
                in = new Rows(HEADER, row, rows);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        ImportReport report = CatalogImporter.builder().encoding(charset).build().validate(in, "hostile.csv",
                Kind.OPPORTUNITIES);
        System.out.println("rows " + report.rowsRead() + " accepted " + report.accepted() + " errors "
                + report.errorCount());
        List<Problem> errors = report.errors();
        for (Problem p : errors.subList(0, Math.min(3, errors.size()))) {
            System.out.println(p.code().code() + " " + p.line() + " " + (p.value() == null ? 0 : p.value().length())
                    + " " + p.message().length());
        }
    }

    private static byte[] bom(Charset charset, String text) {
        byte[] body = text.getBytes(charset);
        if (!charset.name().startsWith("UTF-16")) {
            return body;
        }
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) (charset.name().equals("UTF-16LE") ? 0xFF : 0xFE);
        out[1] = (byte) (charset.name().equals("UTF-16LE") ? 0xFE : 0xFF);
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    /** The letter x, encoded, about {@code bytes} bytes long, made as it is read. */
    private static InputStream repeat(Charset charset, long bytes) {
        byte[] unit = "x".getBytes(charset);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < bytes ? unit[(int) (position++ % unit.length)] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= bytes) {
                    return -1;
                }
                int n = (int) Math.min(len, bytes - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = unit[(int) (position++ % unit.length)];
                }
                return n;
            }
        };
    }

    /** A header and {@code count} rows from a pattern with the row number, made as they are read. */
    private static final class Rows extends InputStream {
        private final String row;
        private final int count;
        private int next;
        private byte[] current;
        private int at;

        Rows(String header, String row, int count) {
            this.row = row;
            this.count = count;
            this.current = header.getBytes(Charset.forName("UTF-8"));
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (at == current.length) {
                if (next == count) {
                    return -1;
                }
                current = String.format(row, ++next).getBytes(Charset.forName("UTF-8"));
                at = 0;
            }
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            return n;
        }
    }
}
