package ir.anzali.investment.catalog.csv.property;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.Examples;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.CsvFiles;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arbitrary bytes and arbitrary damage to a valid file: the importer always returns a report that
 * accounts for every row — never another exception, never a hang — and a run on several threads
 * reports exactly what a run on one does.
 */
class HostileInputPropertyTest {

    private static final CatalogImporter SERIAL = CatalogImporter.builder().limits(new Limits(4096, 64, 16384)).build();
    private static final CatalogImporter PARALLEL = CatalogImporter.builder().limits(new Limits(4096, 64, 16384))
            .parallelism(3).build();

    @TempDir
    Path dir;

    private static ImportReport check(byte[] bytes, Kind kind, Path dir, long seed) throws Exception {
        ImportReport fromStream = SERIAL.validate(new ByteArrayInputStream(bytes), "mutant.csv", kind);
        Path file = dir.resolve("mutant-" + seed + ".csv");
        Files.write(file, bytes);
        ImportReport serial = SERIAL.validate(file, kind);
        ImportReport parallel = PARALLEL.validate(file, kind);
        assertThat(parallel).as("parallel report equals serial report").isEqualTo(serial);
        CsvFiles.checked(serial);
        CsvFiles.checked(fromStream);
        Files.delete(file);
        return serial;
    }

    @Test
    void arbitrary_bytes_give_a_report() throws Exception {
        Seeds.forEach(150, seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            byte[] bytes = new byte[r.nextInt(0, 3000)];
            for (int i = 0; i < bytes.length; i++) {
                int kind = r.nextInt(6);
                bytes[i] = (byte) (kind == 0 ? ",;\"\r\n\t".charAt(r.nextInt(6)) : kind == 1 ? 0xD8 + r.nextInt(8)
                        : r.nextInt(256));
            }
            check(bytes, r.nextBoolean() ? Kind.OPPORTUNITIES : Kind.INCENTIVES, dir, seed);
        });
    }

    @Test
    void damaged_valid_files_give_a_report() throws Exception {
        byte[] opportunities = Files.readAllBytes(Examples.opportunities());
        byte[] incentives = Files.readAllBytes(Examples.incentives());
        Seeds.forEach(150, seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            boolean opp = r.nextBoolean();
            byte[] bytes = (opp ? opportunities : incentives).clone();
            for (int m = r.nextInt(1, 6); m > 0; m--) {
                bytes = mutate(bytes, r);
            }
            check(bytes, opp ? Kind.OPPORTUNITIES : Kind.INCENTIVES, dir, seed);
        });
    }

    /** Deletes, duplicates or swaps bytes, cuts a line, adds a stray quote, or re-encodes the text. */
    static byte[] mutate(byte[] in, SplittableRandom r) {
        if (in.length < 2) {
            return in;
        }
        int at = r.nextInt(in.length - 1);
        switch (r.nextInt(7)) {
            case 0: {
                byte[] out = new byte[in.length - 1];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + 1, out, at, in.length - at - 1);
                return out;
            }
            case 1: {
                int length = Math.min(r.nextInt(1, 200), in.length - at);
                byte[] out = new byte[in.length + length];
                System.arraycopy(in, 0, out, 0, at + length);
                System.arraycopy(in, at, out, at + length, in.length - at);
                return out;
            }
            case 2: {
                byte t = in[at];
                in[at] = in[at + 1];
                in[at + 1] = t;
                return in;
            }
            case 3: {
                byte[] out = new byte[at];
                System.arraycopy(in, 0, out, 0, at);
                return out;
            }
            case 4:
                in[at] = '"';
                return in;
            case 5: {
                Charset wrong = Charset.forName(r.nextBoolean() ? "windows-1256" : "UTF-16LE");
                return new String(in, StandardCharsets.UTF_8).getBytes(wrong);
            }
            default:
                in[at] = (byte) (r.nextBoolean() ? '\n' : '\r');
                return in;
        }
    }
}
