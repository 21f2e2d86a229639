package ir.anzali.investment.catalog.csv.memory;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
     * @param args {@code line ENCODING MEGABYTES}, {@code quoted ENCODING MEGABYTES},
     *             {@code digits ROWS DIGITS}, {@code held ROWS} or {@code ids ROWS validate|throw}
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
            case "held" -> {
                held(Integer.parseInt(args[1]));
                return;
            }
            case "ids" -> {
                ids(Integer.parseInt(args[1]), args[2]);
                return;
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

    /**
     * Imports {@code rows} short rows into an empty catalog with the limits of this JVM's heap, and
     * prints whether anything was imported, the counts and the errors.
     */
    private static void held(int rows) throws IOException {
        CatalogImporter importer = CatalogImporter.builder()
                .catalogLimits(CatalogLimits.forHeap(Runtime.getRuntime().maxMemory())).build();
        Catalog empty = Catalog.empty(ReferenceData.defaults());
        CatalogImport result = importer.importInto(empty, ImportSource.of(new Rows(HEADER,
                "AFZ-%d,هتل,TOURISM,1000,USD,AFZO\n", rows), "held.csv"), null);
        ImportReport report = result.reports().get(0);
        System.out.println("imported " + result.imported() + " same " + (result.catalog() == empty) + " rows "
                + report.rowsRead() + " errors " + report.errorCount());
        for (Problem p : report.errors()) {
            System.out.println(p.code().code() + " " + p.line() + " " + p.message());
        }
    }

    /**
     * Reads {@code rows} short rows with different ids and, after them, the first id again: with
     * {@code validate}, prints the counts and the duplicate's line, the line it names and the
     * folder's files; with {@code throw}, hands the rows to a consumer that throws at the last one.
     */
    private static void ids(int rows, String mode) throws IOException {
        String row = "AFZ-%d,هتل,TOURISM,1000,USD,AFZO\n";
        InputStream in = new SequenceInputStream(new Rows(HEADER, row, rows),
                new ByteArrayInputStream("AFZ-1,هتل,TOURISM,1000,USD,AFZO\n".getBytes(StandardCharsets.UTF_8)));
        CatalogImporter importer = CatalogImporter.builder().parallelism(2).mode(ImportMode.SKIP_INVALID).build();
        if (mode.equals("throw")) {
            try {
                importer.forEachOpportunity(ImportSource.of(in, "ids.csv"), Catalog.empty(ReferenceData.defaults()), o -> {
                    if (o.id().value().equals("AFZ-" + rows)) {
                        throw new IllegalStateException("stopped at " + o.id());
                    }
                });
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage());
            }
        } else {
            ImportReport report = importer.validate(in, "ids.csv", Kind.OPPORTUNITIES);
            System.out.println("rows " + report.rowsRead() + " accepted " + report.accepted() + " errors "
                    + report.errorCount());
            for (Problem p : report.errors()) {
                System.out.println(p.code().code() + " " + p.line() + " " + p.message());
            }
        }
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            System.out.println("files left " + files.count());
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
