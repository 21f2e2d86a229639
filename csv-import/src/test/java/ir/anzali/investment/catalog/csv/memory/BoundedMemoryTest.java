package ir.anzali.investment.catalog.csv.memory;

import static ir.anzali.investment.catalog.csv.CsvFiles.grouped;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile files that used to exhaust a 64 MiB heap now end in a report, read in a JVM of that size:
 * a record past the limit stops at the line where it starts, whatever the encoding, and a report
 * keeps only the first 200 characters of each value; and the duplicate-id check of millions of rows
 * keeps its table outside the heap, in owner-only temporary files deleted on every path.
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

    @Test
    void two_million_ids_are_checked_for_duplicates_in_64_mebibytes(@TempDir Path temporary) throws Exception {
        SmallHeap.Run run = SmallHeap.run("64m", List.of("-Djava.io.tmpdir=" + temporary), HeapProbe.class,
                "ids", "2000000", "validate");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.output()).as(run.toString()).isEqualTo(String.join(System.lineSeparator(),
                "rows 2000001 accepted 2000000 errors 1",
                "duplicate-id 2000002 Id AFZ-1 was already used on line 2. Give each row its own id.",
                "files left 0", ""));
    }

    @Test
    void the_spilled_duplicate_id_table_is_deleted_when_the_consumer_throws(@TempDir Path temporary) throws Exception {
        SmallHeap.Run run = SmallHeap.run("64m", List.of("-Djava.io.tmpdir=" + temporary), HeapProbe.class,
                "ids", "300000", "throw");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.output()).as(run.toString()).isEqualTo(String.join(System.lineSeparator(),
                "stopped at AFZ-300000", "files left 0", ""));
    }

    @Test
    void an_import_of_more_rows_than_the_heap_holds_ends_with_file_too_large_in_64_mebibytes() throws Exception {
        SmallHeap.Run run = SmallHeap.run("64m", HeapProbe.class, "held", "1000000");
        assertThat(run.exit()).as(run.toString()).isZero();
        long limit = Long.parseLong(run.output().replaceAll("(?s).*more than ([\\d,]+) opportunities.*", "$1")
                .replace(",", ""));
        assertThat(limit).isBetween(14_000L, 16_384L);
        assertThat(run.output()).as(run.toString()).isEqualTo(String.join(System.lineSeparator(),
                "imported false same true rows " + limit + " errors 1",
                "file-too-large " + (limit + 2) + " The file holds more than " + grouped(limit) + " opportunities, the"
                        + " most an import into a catalog takes in; the import stopped at line " + grouped(limit + 2)
                        + " and imported nothing. Split the file into files of at most " + grouped(limit)
                        + " rows, or ask for the limit "
                        + "to be raised.",
                ""));
    }
}
