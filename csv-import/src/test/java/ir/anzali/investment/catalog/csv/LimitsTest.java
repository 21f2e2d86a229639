package ir.anzali.investment.catalog.csv;

import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static ir.anzali.investment.catalog.csv.CsvFiles.HEADER;
import static ir.anzali.investment.catalog.csv.CsvFiles.checked;
import static org.assertj.core.api.Assertions.assertThat;


/** The default limits hold against oversized input: each is a clean error naming the line. */
class LimitsTest {

    private static final String OK_ROW = "AFZ-001,هتل,TOURISM,5000000000,IRR,AFZO\n";

    private static ImportReport validate(int parallelism, InputStream in) throws Exception {
        return checked(CatalogImporter.builder().parallelism(parallelism).build()
                .validate(in, "big.csv", Kind.OPPORTUNITIES));
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream of {@code count} copies of one byte, made as it is read. */
    private static InputStream repeat(byte b, long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? b : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, b);
                left -= n;
                return n;
            }
        };
    }

    private static void assertMalformedAt(ImportReport report, long line) {
        assertThat(report.errors()).filteredOn(p -> p.code().code().equals("malformed-csv"))
                .extracting(Problem::line).containsExactly(line);
        assertThat(report.stoppedByFileError()).isTrue();
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 3})
    void a_row_of_ten_thousand_columns_is_malformed_at_its_line(int parallelism) throws Exception {
        String wide = "AFZ-002" + ",x".repeat(10_000) + "\n";
        ImportReport report = validate(parallelism, text(HEADER + "\n" + OK_ROW + wide + OK_ROW));
        assertMalformedAt(report, 3);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.errors().get(0).message()).contains("10,001").contains("256");
    }

    @Test
    void a_header_of_ten_thousand_columns_is_malformed_at_line_one() throws Exception {
        ImportReport report = validate(1, text("id" + ",x".repeat(10_000) + "\n" + OK_ROW));
        assertMalformedAt(report, 1);
        assertThat(report.rowsRead()).isZero();
    }

    @Test
    void a_cell_over_64_kib_is_malformed_at_its_line() throws Exception {
        ImportReport report = validate(1, text(HEADER + "\n" + OK_ROW + OK_ROW.replace("001", "009") + "AFZ-3," + "ب".repeat(65 * 1024)
                + ",TOURISM,5000000000,IRR,AFZO\n"));
        assertMalformedAt(report, 4);
        assertThat(report.accepted()).isEqualTo(2);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 3})
    void a_single_line_of_100_mb_is_malformed_at_its_line_in_bounded_memory(int parallelism) throws Exception {
        InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                text(HEADER + "\n" + OK_ROW), repeat((byte) 'x', 100L * 1024 * 1024), text("\n" + OK_ROW))));
        ImportReport report = validate(parallelism, in);
        assertMalformedAt(report, 3);
        assertThat(report.accepted()).isEqualTo(1);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 3})
    void an_unclosed_quote_before_megabytes_of_text_keeps_the_rows_before_it(int parallelism) throws Exception {
        InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                text(HEADER + "\n" + OK_ROW + "AFZ-2,\"open"), repeat((byte) 'y', 20L * 1024 * 1024))));
        ImportReport report = validate(parallelism, in);
        assertMalformedAt(report, 3);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rowsRead()).isEqualTo(1);
    }
}
