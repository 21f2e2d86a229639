package ir.anzali.investment.catalog.csv.report;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.CsvFiles;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report keeps the header and the rows with listed errors as they were in the file, and no more. */
class FileCellsTest {

    @TempDir
    Path dir;

    private static ImportReport validate(Path file, int errorLimit) throws IOException {
        return CsvFiles.checked(CatalogImporter.builder().errorLimit(errorLimit).build().validate(file, Kind.OPPORTUNITIES));
    }

    @Test
    void keepsTheHeaderWithTheColumnEachCellWasRecognizedAs() throws IOException {
        Path file = CsvFiles.write(dir, "o.csv", "شناسه,title_fa,notes,sector,investment,currency,lead_agency\n"
                + "AFZ-TOU-001,هتل,x,TOURISM,100000000000,IRR,AFZO\n");

        FileCells cells = validate(file, 1000).cells();

        assertThat(cells.headerLine()).isEqualTo(1);
        assertThat(cells.header()).extracting(FileCells.HeaderCell::text)
                .containsExactly("شناسه", "title_fa", "notes", "sector", "investment", "currency", "lead_agency");
        assertThat(cells.header()).extracting(FileCells.HeaderCell::column)
                .containsExactly("id", "title_fa", null, "sector", "investment", "currency", "lead_agency");
        assertThat(cells.rows()).isEmpty();
        assertThat(cells.complete()).isTrue();
    }

    @Test
    void keepsTheRawCellsOfRowsWithErrorsOnly() throws IOException {
        Path file = CsvFiles.write(dir, "o.csv", CsvFiles.HEADER + "\n"
                + "AFZ-TOU-001,هتل,TOURISM,100000000000,IRR,AFZO\n"
                + "AFZ-TOU-002,\" اسکله\u200f \",TOURISM,-5,IRR,AFZO\n"
                + "AFZ-TOU-001,هتل دوم,TOURISM,100000000000,IRR,AFZO\n");

        ImportReport report = validate(file, 1000);

        assertThat(report.cells().rows()).extracting(FileCells.RowCells::row).containsExactly(2L, 3L);
        FileCells.RowCells second = report.cells().row(2);
        assertThat(second).isNotNull();
        assertThat(second.line()).isEqualTo(3);
        assertThat(second.cells()).containsExactly("AFZ-TOU-002", " اسکله\u200f ", "TOURISM", "-5", "IRR", "AFZO");
        assertThat(report.cells().row(3).cells()).startsWith("AFZ-TOU-001", "هتل دوم");
        assertThat(report.cells().row(1)).isNull();
    }

    @Test
    void keepsNoCellsOfRowsWhoseErrorsWereNotListed() throws IOException {
        StringBuilder csv = new StringBuilder(CsvFiles.HEADER).append('\n');
        for (int i = 1; i <= 5; i++) {
            csv.append("AFZ-TOU-00").append(i).append(",هتل,TOURISM,-").append(i).append(",IRR,AFZO\n");
        }

        ImportReport report = validate(CsvFiles.write(dir, "o.csv", csv.toString()), 2);

        assertThat(report.errorCount()).isEqualTo(5);
        assertThat(report.cells().rows()).extracting(FileCells.RowCells::row).containsExactly(1L, 2L);
    }

    @Test
    void cutsLongCellsAndWideRows() {
        String longCell = "x".repeat(5000);
        List<String> wide = java.util.Collections.nCopies(FileCells.MAX_CELLS_PER_ROW + 50, longCell);

        FileCells.RowCells row = new FileCells.RowCells(2, 1, wide);

        assertThat(row.cells()).hasSize(FileCells.MAX_CELLS_PER_ROW);
        assertThat(row.cells().get(0)).hasSize(Problem.MAX_VALUE_CHARS + 1).endsWith("…");
        assertThat(new FileCells.HeaderCell(longCell, null).text()).hasSize(Problem.MAX_VALUE_CHARS + 1);
    }

    @Test
    void stopsKeepingRowsPastItsBudgetAndSaysSo() throws IOException {
        String wideCell = "ن".repeat(300);
        StringBuilder csv = new StringBuilder("id,title_fa,sector,investment,currency,lead_agency");
        for (int c = 0; c < 90; c++) {
            csv.append(",extra").append(c);
        }
        csv.append('\n');
        for (int i = 1; i <= 150; i++) {
            csv.append(String.format("AFZ-TOU-%03d,هتل,TOURISM,-1,IRR,AFZO", i));
            for (int c = 0; c < 90; c++) {
                csv.append(',').append(wideCell);
            }
            csv.append('\n');
        }

        ImportReport report = validate(CsvFiles.write(dir, "o.csv", csv.toString()), 1000);

        assertThat(report.errorCount()).isEqualTo(150);
        assertThat(report.cells().complete()).isFalse();
        long kept = report.cells().rows().stream().mapToLong(FileCells.RowCells::chars).sum();
        assertThat(kept).isLessThanOrEqualTo(FileCells.MAX_CHARS);
        assertThat(report.cells().rows()).hasSizeBetween(100, 149);
    }
}
