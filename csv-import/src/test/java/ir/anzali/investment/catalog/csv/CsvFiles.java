package ir.anzali.investment.catalog.csv;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test files and checks what every report must satisfy. */
public final class CsvFiles {

    public static final String HEADER = "id,title_fa,sector,investment,currency,lead_agency";

    private CsvFiles() {
    }

    /** A number as English messages write it, its thousands grouped: {@code 65,536}. */
    public static String grouped(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    public static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content, StandardCharsets.UTF_8, false);
    }

    public static Path write(Path dir, String name, String content, Charset charset, boolean bom) throws IOException {
        Path file = dir.resolve(name);
        byte[] body = content.getBytes(charset);
        byte[] mark = !bom ? new byte[0]
                : charset.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : charset.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        Files.write(file, all);
        return file;
    }

    /** Every report accounts for every row, and its JSON follows the published schema. */
    public static ImportReport checked(ImportReport report) {
        assertThat(report.rowsRead()).isEqualTo(report.accepted() + report.rejected() + report.skipped());
        assertThat(report.valid()).isEqualTo(report.errorCount() == 0);
        Schemas.validReport(ReportJson.toJson(report));
        return report;
    }
}
