package ir.anzali.investment.catalog.csv.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile files that used to exhaust a 64 MiB heap now end in a report, read in a JVM of that size:
 * a record past the limit stops at the line where it starts, whatever the encoding, and a report
 * keeps only the first 200 characters of each value.
 */
class BoundedMemoryTest {

    @ParameterizedTest(name = "{0} of {2} MiB in {1}")
    @CsvSource({"line, UTF-8, 100", "quoted, UTF-8, 50", "line, UTF-16LE, 100", "quoted, UTF-16BE, 50",
        "line, windows-1256, 100", "line, UTF-8, 1200"})
    void a_record_past_the_limit_stops_at_its_first_line_in_64_mebibytes(String kind, String encoding, String mebibytes)
            throws Exception {
        SmallHeap.Run run = SmallHeap.run("64m", HeapProbe.class, kind, encoding, mebibytes);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.output()).startsWith("rows 0 accepted 0 errors 1").contains("malformed-csv 2 ");
    }

    @Test
    void a_thousand_values_of_sixty_thousand_digits_are_reported_in_64_mebibytes() throws Exception {
        SmallHeap.Run run = SmallHeap.run("64m", HeapProbe.class, "digits", "1000", "60000");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.output()).startsWith("rows 1000 accepted 0 errors 1000").contains("type-error 2 201 ");
    }
}
