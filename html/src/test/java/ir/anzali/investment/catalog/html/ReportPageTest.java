package ir.anzali.investment.catalog.html;

import static ir.anzali.investment.catalog.html.Pages.FA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.ProblemPlace;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.FileCells;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structure of the import report page, read as a browser reads it. */
class ReportPageTest {

    private static final String HEADER = "id,title_fa,sector,investment,currency,lead_agency,feasibility_url";

    @TempDir
    Path dir;

    private static Document mistakes(Locale locale) throws IOException {
        return Pages.parse(Pages.report(locale, Pages.reports(locale, Pages.mistakes(), Pages.examples("incentives.csv"))));
    }

    private Document page(String csv, Locale locale, int errorLimit) throws IOException {
        Path file = dir.resolve("o.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ImportReport report = CatalogImporter.builder().locale(locale).errorLimit(errorLimit).build()
                .validate(file, Kind.OPPORTUNITIES);
        return Pages.parse(Pages.report(locale, List.of(report)));
    }

    @Test
    void persianPageIsRightToLeftWithPersianDigitsAndBothCalendars() throws IOException {
        Document page = mistakes(FA);

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("p.made").text()).contains("۱۴۰۵/۰۹/۰۸").contains("۲۰۲۶-۱۱-۲۹");
        Element facts = page.select("section.report").get(1).selectFirst("dl.facts");
        assertThat(facts.select("dt").eachText()).contains("ردیف‌های خوانده‌شده", "ردشده");
        assertThat(facts.select("dd").eachText()).contains("۵", "۴", "۶").doesNotContain("5", "4", "6");
        assertThat(page.selectFirst("section.report p.verdict.ok").text()).startsWith("درست است");
    }

    @Test
    void englishPageIsLeftToRightWithItsPlurals() throws IOException {
        Document page = mistakes(Locale.ENGLISH);

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select("section.report h2").eachText())
                .containsExactly("incentives.csv", "opportunities-with-mistakes.csv");
        Element opportunities = page.select("section.report").get(1);
        assertThat(opportunities.selectFirst("p.verdict.bad").text()).contains("6 errors in 4 rows");
        assertThat(opportunities.select("dl.facts dd").eachText()).contains("Opportunities", "UTF-8", "comma ( , )");
    }

    @Test
    void noRequestCanLeaveThePageAndNothingRuns() throws IOException {
        Document page = mistakes(FA);

        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                        + "form-action 'none'");
        assertThat(page.select("script, link, img, iframe, object, embed, form, base, audio, video")).isEmpty();
        assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
    }

    @Test
    void showsEachFaultyRowWithItsCellsAndHighlightsTheFaultyOnes() throws IOException {
        Element row = mistakes(Locale.ENGLISH).selectFirst("section#f2-r2");

        assertThat(row.selectFirst("h3").text()).isEqualTo("Row 2, line 3 of the file");
        assertThat(row.select("tbody tr")).hasSize(24);
        Elements faulty = row.select("tr.faulty");
        assertThat(faulty.select("th").eachText()).containsExactly("مساحت زمین", "تاریخ انتشار");
        assertThat(faulty.select("td.cell").eachText()).containsExactly("۱٫۲۰۰", "۱۴۰۵/۱۳/۰۶");
        assertThat(faulty.select("td.message .code").eachText()).containsExactly("ambiguous-number", "out-of-range");
        assertThat(faulty.get(0).selectFirst("td.message").text()).contains("1.2 or 1200");
        assertThat(row.select("tr:not(.faulty) td.cell").eachText()).contains("MUN-TOU-102", "گردشگری");
    }

    @Test
    void aRowWithADuplicateIdShowsItWithTheOtherCellProblems() throws IOException {
        Element row = mistakes(Locale.ENGLISH).selectFirst("section#f2-r4");

        assertThat(row.select("tr.faulty td.message .code").eachText())
                .containsExactlyInAnyOrder("type-error", "duplicate-id");
        assertThat(row.select("tr.faulty td.cell").eachText()).contains("AFZ-TOU-101", "invest at anzali");
    }

    @Test
    void theIndexLinksEveryRowWithProblemsToItsSection() throws IOException {
        Document page = mistakes(FA);

        Elements links = page.select("nav.index a");
        assertThat(links).hasSize(4);
        assertThat(page.selectFirst("nav.index h3").text()).isEqualTo("ردیف‌های دارای ایراد (۴)");
        for (Element link : links) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
    }

    @Test
    void problemsOfTheWholeFileComeFirst() throws IOException {
        Document page = page("id,title_fa,sector,investment,currency\nAFZ-TOU-001,هتل,TOURISM,5000000000,IRR\n",
                Locale.ENGLISH, 1000);

        Element report = page.selectFirst("section.report");
        assertThat(report.selectFirst("p.verdict.bad").text()).contains("whole file stopped the reading");
        Element heading = report.selectFirst("h3");
        assertThat(heading.text()).isEqualTo("Problems of the whole file");
        assertThat(heading.nextElementSibling().select("li .code").eachText()).containsExactly("missing-column");
        assertThat(report.select("section.row")).isEmpty();
    }

    @Test
    void warningsStandApartFromErrors() throws IOException {
        Document page = page(HEADER + ",notes\nAFZ-TOU-001,هتل,TOURISM,-5,IRR,AFZO,,x\n", Locale.ENGLISH, 1000);

        Element warnings = page.selectFirst("section.warnings");
        assertThat(warnings.selectFirst("h3").text()).isEqualTo("Warnings (1)");
        assertThat(warnings.select(".code").eachText()).containsExactly("unknown-column");
        assertThat(page.select("section.row .code").eachText()).contains("out-of-range").doesNotContain("unknown-column");
    }

    @Test
    void countsTheErrorsPastTheLimit() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 5; i++) {
            csv.append("AFZ-TOU-00").append(i).append(",هتل,TOURISM,-5,IRR,AFZO,\n");
        }

        Document page = page(csv.toString(), Locale.ENGLISH, 2);

        assertThat(page.select("section.row")).hasSize(2);
        assertThat(page.selectFirst("p.unlisted").text()).startsWith("3 more errors were counted but not listed");
    }

    @Test
    void hostileCellsAreShownAsTextAndRunNothing() throws IOException {
        String csv = HEADER + "\n"
                + "AFZ-TOU-001,<img src=x onerror=alert(1)>,TOURISM,-5,IRR,AFZO,javascript:alert(1)\n"
                + "AFZ-TOU-002,\"</style><script>alert(2)</script>\",TOURISM,-5,IRR,AFZO,\"\"\" onmouseover=\"\"alert(3)\"\n"
                + "AFZ-TOU-003,اسکله\u202Eتفریحی\u2066,TOURISM,-5,IRR,AFZO,\n";

        Document page = page(csv, Locale.ENGLISH, 1000);

        assertThat(page.select("script, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.selectFirst("style").data()).doesNotContain("alert").doesNotContain("<");
        assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
        assertThat(page.select("section#f1-r1 td.cell").eachText())
                .contains("<img src=x onerror=alert(1)>", "javascript:alert(1)");
        assertThat(page.select("section#f1-r2 td.cell").eachText())
                .contains("</style><script>alert(2)</script>", "\" onmouseover=\"alert(3)");
        Element bidi = page.select("section#f1-r3 td.cell").get(1);
        assertThat(bidi.text()).isEqualTo("اسکله⟨U+202E⟩تفریحی⟨U+2066⟩");
        assertThat(bidi.select("span.mark")).hasSize(2);
        assertThat(page.body().text()).doesNotContain("\u202E").doesNotContain("\u2066");
    }

    @Test
    void aHostileFileNameIsText() throws IOException {
        ImportReport report = CatalogImporter.builder().build().validate(
                new java.io.ByteArrayInputStream((HEADER + "\n").getBytes(StandardCharsets.UTF_8)),
                "<b onclick=alert(1)>x</b>.csv", Kind.OPPORTUNITIES);

        Document page = Pages.parse(Pages.report(Locale.ENGLISH, List.of(report)));

        assertThat(page.select("b")).isEmpty();
        assertThat(page.title()).isEqualTo("Import report: <b onclick=alert(1)>x</b>.csv");
        assertThat(page.selectFirst("section.report h2").text()).isEqualTo("<b onclick=alert(1)>x</b>.csv");
    }

    @Test
    void the_title_of_a_file_name_with_an_invisible_character_marks_it_as_text_not_markup() throws IOException {
        ImportReport report = CatalogImporter.builder().build().validate(
                new java.io.ByteArrayInputStream((HEADER + "\n").getBytes(StandardCharsets.UTF_8)),
                "a\u2060b.csv", Kind.OPPORTUNITIES);

        Document page = Pages.parse(Pages.report(Locale.ENGLISH, List.of(report)));

        assertThat(page.title()).isEqualTo("Import report: a⟨U+2060⟩b.csv");
        assertThat(page.selectFirst("section.report h2 span.mark").text()).isEqualTo("⟨U+2060⟩");
    }

    @Test
    void a_file_refused_before_its_delimiter_was_told_says_the_delimiter_was_not_determined() throws IOException {
        Path file = dir.resolve("utf8.csv");
        Files.writeString(file, HEADER + "\nAFZ-1,شناسه,TOURISM,5000000000,IRR,AFZO,\n", StandardCharsets.UTF_8);
        for (Locale locale : List.of(Locale.ENGLISH, FA)) {
            ImportReport report = CatalogImporter.builder().locale(locale)
                    .encoding(Charset.forName("windows-1256")).build().validate(file, Kind.OPPORTUNITIES);
            assertThat(report.errors()).extracting(Problem::code).containsExactly(ErrorCode.ENCODING_ERROR);
            assertThat(report.delimiter()).isNull();

            Element facts = Pages.parse(Pages.report(locale, List.of(report))).selectFirst("dl.facts");

            assertThat(facts.select("dd").eachText()).contains("windows-1256")
                    .contains(locale == FA ? "تعیین نشد" : "not determined").doesNotContain("-");
        }
    }

    @Test
    void refusesToWriteAPageOfNoReport() {
        assertThatThrownBy(() -> ReportPage.in(FA).write(List.of(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No report to write");
    }

    @Test
    void aWorkbookReportNamesItsSheetAndTheFaultyCells() throws IOException {
        FileCells cells = new FileCells(3, List.of(new FileCells.HeaderCell("شناسه", "id"),
                new FileCells.HeaderCell("مبلغ", "investment")),
                List.of(new FileCells.RowCells(5, 2, List.of("AFZ-TOU-002", "-5"))), true);
        Problem problem = new Problem(5L, 2L, "investment", "-5", ErrorCode.OUT_OF_RANGE,
                "The amount must be greater than zero.", "فرصت‌ها", "B5");
        ImportReport report = new ImportReport("book.xlsx", "opportunities", null, null, List.of("id", "investment"),
                2, 1, 1, 0, 1, List.of(problem), List.of(), "فرصت‌ها", cells);

        Document page = Pages.parse(Pages.report(Locale.ENGLISH, List.of(report)));

        assertThat(page.select("dl.facts dt").eachText()).contains("Sheet").doesNotContain("Encoding", "Delimiter");
        assertThat(page.select("dl.facts dd").eachText()).contains("فرصت‌ها");
        Element row = page.selectFirst("section#f1-r2");
        assertThat(row.selectFirst("h3").text()).isEqualTo("Row 2, row 5 of the sheet");
        assertThat(row.select("tr.faulty td.cell").eachText()).containsExactly("-5");
        assertThat(row.select("tr.faulty td.message .code").eachText()).containsExactly("out-of-range", "B5");
    }

    @Test
    void the_place_of_a_problem_outside_the_cells_is_said_as_the_library_says_places() throws IOException {
        Problem problem = new Problem(1L, null, "lead_agency", null, ErrorCode.MISSING_COLUMN, "The file lacks it.");
        ImportReport report = new ImportReport("o.csv", "opportunities", "UTF-8", ",", List.of("id"), 0, 0, 0, 0, 1,
                List.of(problem), List.of());

        assertThat(Pages.parse(Pages.report(Locale.ENGLISH, List.of(report))).select("ul.problems .note").eachText())
                .containsExactly("line 1, column lead_agency")
                .containsExactly(ProblemPlace.of(report, problem, Locale.ENGLISH));
        assertThat(Pages.parse(Pages.report(FA, List.of(report))).select("ul.problems .note").eachText())
                .containsExactly("سطر ۱، ستون دستگاه مسئول");
    }
}
