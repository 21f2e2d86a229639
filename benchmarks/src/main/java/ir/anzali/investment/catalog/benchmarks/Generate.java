package ir.anzali.investment.catalog.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the files of the memory runs in {@code docs/performance.md}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar ir.anzali.investment.catalog.benchmarks.Generate rows 1000000 big.csv
 * java -cp benchmarks/target/benchmarks.jar ir.anzali.investment.catalog.benchmarks.Generate unclosed 200 open.csv
 * java -cp benchmarks/target/benchmarks.jar ir.anzali.investment.catalog.benchmarks.Generate workbook 200000 big.xlsx
 * </pre>
 *
 * {@code rows N FILE} writes N valid synthetic opportunity rows; {@code unclosed MB FILE} writes a
 * header, one valid row, and a second row that opens a quote which never closes, followed by MB
 * mebibytes of text; {@code workbook N FILE} writes the N rows as an Excel workbook with Persian
 * headers.
 */
public final class Generate {

    private Generate() {
    }

    /**
     * Runs the generator.
     *
     * @param args {@code rows N FILE}, {@code unclosed MB FILE} or {@code workbook N FILE}
     * @throws IOException when writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("rows") || args[0].equals("unclosed") || args[0].equals("workbook"))) {
            System.err.println("usage: Generate rows N FILE | Generate unclosed MB FILE | Generate workbook N FILE");
            System.exit(2);
        }
        long n = Long.parseLong(args[1]);
        Path file = Path.of(args[2]);
        if (args[0].equals("workbook")) {
            byte[] rows = SyntheticOpportunities.text(Math.toIntExact(n), SyntheticOpportunities.SEED)
                    .getBytes(StandardCharsets.UTF_8);
            Workbooks.write(rows, file, true);
            System.out.println("wrote " + file + ": " + Files.size(file) + " bytes");
            return;
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            if (args[0].equals("rows")) {
                SyntheticOpportunities.write(out, Math.toIntExact(n), SyntheticOpportunities.SEED);
            } else {
                unclosed(out, n);
            }
        }
        System.out.println("wrote " + file + ": " + Files.size(file) + " bytes");
    }

    static void unclosed(Writer out, long mebibytes) throws IOException {
        String valid = SyntheticOpportunities.text(1, SyntheticOpportunities.SEED);
        out.write(valid);
        out.write("SYN-T-OPEN,\"این عنوان گیومه‌ای باز می‌کند که هرگز بسته نمی‌شود");
        char[] filler = new char[1024];
        for (int i = 0; i < filler.length; i++) {
            filler[i] = i % 64 == 63 ? '\n' : (char) ('a' + i % 26);
        }
        for (long i = 0; i < mebibytes * 1024; i++) {
            out.write(filler);
        }
    }
}
