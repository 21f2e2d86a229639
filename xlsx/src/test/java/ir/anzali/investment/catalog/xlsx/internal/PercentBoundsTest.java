package ir.anzali.investment.catalog.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A number shown as a percentage is bounded as it is shown, with its point moved two places. */
class PercentBoundsTest {

    @TempDir
    Path dir;

    @Test
    void a_percentage_shown_past_the_bounds_is_an_error_of_its_cell_and_not_a_failure() throws Exception {
        Path base = dir.resolve("base.xlsx");
        try (OutputStream out = Files.newOutputStream(base)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("opportunities");
            ws.value(0, 0, 0.185);
            ws.style(0, 0).format("0.00%").set();
            wb.finish();
        }
        String xml;
        try (ZipFile zip = new ZipFile(base.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry(Workbooks.SHEET)).readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher style = Pattern.compile("<c r=\"A1\"[^>]* s=\"(\\d+)\"").matcher(xml);
        assertThat(style.find()).isTrue();
        // The header: the opportunity columns, in the format's order.
        StringBuilder rows = new StringBuilder("<row r=\"1\">");
        for (Column column : Kind.OPPORTUNITIES.columns()) {
            rows.append("<c t=\"inlineStr\"><is><t>").append(column.name()).append("</t></is></c>");
        }
        // Land area, column L: 29 digits, shown as a percentage with 31 before the point.
        rows.append("</row><row r=\"2\"><c t=\"inlineStr\"><is><t>AFZ-TOU-001</t></is></c><c r=\"L2\" s=\"")
                .append(style.group(1)).append("\"><v>").append("9".repeat(29)).append("</v></c></row>");
        Path file = Workbooks.withSheet(base, dir.resolve("percent.xlsx"), x -> Workbooks.sheet(rows.toString()));
        ImportReport report = CatalogImporter.builder().build().validate(file, Kind.OPPORTUNITIES);
        assertThat(report.errors()).anySatisfy(p -> {
            assertThat(p.cell()).isEqualTo("L2");
            assertThat(p.code()).isEqualTo(ErrorCode.TYPE_ERROR);
            assertThat(p.value()).isEqualTo("9".repeat(29));
        });
    }
}
