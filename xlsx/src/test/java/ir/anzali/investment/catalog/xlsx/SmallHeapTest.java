package ir.anzali.investment.catalog.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.memory.SmallHeap;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks of much distinct text validate in a 64 MiB heap: the test runs the importer in a new
 * JVM with that heap, where running out of memory ends the run with its trace.
 */
class SmallHeapTest {

    @TempDir
    Path dir;

    @Test
    void two_hundred_thousand_rows_of_distinct_text_three_million_shared_strings_and_a_40_mib_comment_validate_in_64_mib()
            throws Exception {
        Path file = dir.resolve("distinct.xlsx");
        DistinctText.write(file, 200_000, 3_000_000, 40, 20261202L);
        SmallHeap.Run run = SmallHeap.run("64m", List.of("-Djava.io.tmpdir=" + dir), SmallHeapTest.class,
                file.toString());
        assertThat(run.output()).as(run.toString()).isEqualTo("read 200000, accepted 200000, errors 0\n");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.errors()).doesNotContain("Error").doesNotContain("Exception");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("distinct.xlsx");
        }
    }

    /**
     * Validates a workbook and prints what the report counts.
     *
     * @param args the workbook
     */
    public static void main(String[] args) throws IOException {
        ImportReport report = CatalogImporter.builder().parallelism(2).build()
                .validate(Path.of(args[0]), Kind.OPPORTUNITIES);
        System.out.println("read " + report.rowsRead() + ", accepted " + report.accepted() + ", errors "
                + report.errorCount());
    }
}
