package ir.anzali.investment.catalog.html;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Makes the pages of the tests from the bundled examples, and parses them as a browser does. */
final class Pages {

    static final Locale FA = Locale.forLanguageTag("fa");
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    private Pages() {
    }

    static List<ImportReport> reports(Locale locale, Path opportunities, Path incentives) throws IOException {
        return CatalogImporter.builder().locale(locale).parallelism(1).build()
                .importInto(Catalog.empty(ReferenceData.defaults()), opportunities, incentives).reports();
    }

    static Catalog examples() throws IOException {
        CatalogImport result = CatalogImporter.builder().build().importInto(Catalog.empty(ReferenceData.defaults()),
                examples("opportunities.csv"), examples("incentives.csv"));
        if (!result.valid()) {
            throw new IllegalStateException("The examples do not import: " + result.reports());
        }
        return result.catalog();
    }

    static String report(Locale locale, List<ImportReport> reports) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPage.in(locale).madeOn(DAY).write(reports, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static String dashboard(Locale locale, Catalog catalog) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DashboardPage.in(locale).madeOn(DAY).write(catalog, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /** A file of the repository's {@code examples/} folder, found from the module's working directory. */
    static Path examples(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("examples").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    static Path mistakes() {
        return examples("opportunities-with-mistakes.csv");
    }
}
