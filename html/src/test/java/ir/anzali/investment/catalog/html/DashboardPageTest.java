package ir.anzali.investment.catalog.html;

import static ir.anzali.investment.catalog.html.Pages.FA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.query.CatalogSummary;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The structure of the working-group dashboard, read as a browser reads it. */
class DashboardPageTest {

    private static Catalog catalog;
    private static Document persian;

    @BeforeAll
    static void examples() throws IOException {
        catalog = Pages.examples();
        persian = Pages.parse(Pages.dashboard(FA, catalog));
    }

    private static Element chart(Document page, String id) {
        return page.getElementById(id + "-caption").parent();
    }

    @Test
    void persianPageIsRightToLeftAndDatedInBothCalendars() {
        assertThat(persian.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(persian.selectFirst("p.made").text()).isEqualTo("تهیه‌شده در ۱۴۰۵/۰۹/۰۸ (۲۰۲۶-۱۱-۲۹ میلادی)");
        assertThat(persian.select("header p").get(1).text()).isEqualTo("فهرست ۱۵ فرصت و ۸ مشوق دارد.");
    }

    @Test
    void englishPageIsDatedInBothCalendars() throws IOException {
        Document page = Pages.parse(Pages.dashboard(Locale.ENGLISH, catalog));

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("p.made").text()).isEqualTo("Made on 2026-11-29 (Solar Hijri 1405/09/08)");
        assertThat(page.select(".card").eachText()).contains("15 opportunities");
    }

    @Test
    void everyChartHasATitleADescriptionAndTheTableOfItsNumbers() {
        Elements figures = persian.select("figure.chart");
        assertThat(figures).hasSize(7);
        for (Element figure : figures) {
            Element svg = figure.selectFirst("svg");
            assertThat(svg.attr("role")).isEqualTo("img");
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertThat(svg.getElementById(id)).as(id).isNotNull();
                assertThat(svg.getElementById(id).text()).isNotBlank();
            }
            assertThat(svg.selectFirst("desc").text()).isNotBlank();
            int categories = svg.select("g.category").size();
            assertThat(figure.select("table.numbers tbody tr")).hasSize(categories);
            assertThat(figure.select("table.numbers thead th")).hasSize(svg.select("g.category").first()
                    .select("rect.bar").size() + 1);
        }
    }

    @Test
    void investmentHasOneChartPerCurrencyWithEachSectorsOwnTotal() {
        CatalogSummary summary = CatalogSummary.of(catalog.opportunities(), catalog.referenceData());
        List<String> titles = persian.select("figure.chart figcaption").eachText();
        assertThat(titles).containsSubsequence("سرمایه‌گذاری هر بخش به ریال", "سرمایه‌گذاری هر بخش به یورو",
                "سرمایه‌گذاری هر بخش به دلار");

        Element rials = chart(persian, "investment-1");
        assertThat(rials.selectFirst("figcaption").text()).isEqualTo("سرمایه‌گذاری هر بخش به ریال");
        List<BigDecimal> drawn = rials.select("rect.bar").eachAttr("data-value").stream().map(BigDecimal::new).toList();
        List<BigDecimal> expected = summary.sectors().stream()
                .map(s -> s.figures().investment().getOrDefault(Money.IRR, BigDecimal.ZERO)).toList();
        assertThat(drawn).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expected);
        assertThat(rials.select("table.numbers td").eachText()).allMatch(t -> t.endsWith(" ریال"));
    }

    @Test
    void barsAreProportionalToTheirNumbersOnEachChartsScale() {
        for (Element svg : persian.select("figure.chart svg")) {
            Elements bars = svg.select("rect.bar");
            double max = bars.stream().mapToDouble(b -> Double.parseDouble(b.attr("data-value"))).max().orElseThrow();
            for (Element bar : bars) {
                double value = Double.parseDouble(bar.attr("data-value"));
                double width = Double.parseDouble(bar.attr("width"));
                assertThat(width).as(svg.selectFirst("title").text()).isCloseTo(max == 0 ? 0 : 280 * value / max,
                        within(0.01));
            }
        }
    }

    @Test
    void rightToLeftBarsGrowFromTheRight() throws IOException {
        Element persianBar = persian.selectFirst("rect.bar");
        Element englishBar = Pages.parse(Pages.dashboard(Locale.ENGLISH, catalog)).selectFirst("rect.bar");

        double width = Double.parseDouble(persianBar.attr("width"));
        assertThat(Double.parseDouble(englishBar.attr("x"))).isEqualTo(180.0);
        assertThat(Double.parseDouble(persianBar.attr("x")) + width).isCloseTo(640 - 180, within(0.01));
    }

    @Test
    void statusesFollowTheLifecycle() {
        Element chart = chart(persian, "status");
        List<String> expected = Arrays.stream(Status.values()).map(Status::nameFa).toList();
        assertThat(chart.select("table.numbers tbody th").eachText()).containsExactlyElementsOf(expected);
        long total = chart.select("rect.bar").eachAttr("data-value").stream().mapToLong(Long::parseLong).sum();
        assertThat(total).isEqualTo(catalog.opportunities().size());
    }

    @Test
    void incentivesAreRankedByTheOpportunitiesThatQualify() {
        Element chart = chart(persian, "incentive");
        List<Long> counts = chart.select("rect.bar").eachAttr("data-value").stream().map(Long::parseLong).toList();
        assertThat(counts).hasSizeLessThanOrEqualTo(DashboardPage.TOP_INCENTIVES).isSortedAccordingTo(
                (a, b) -> Long.compare(b, a));
        assertThat(counts.get(0)).isPositive();
        assertThat(chart.select("table.numbers tbody th").first().text()).startsWith("INC-");
    }

    @Test
    void everyAgencyHasARow() {
        Element table = persian.getElementById("agencies").parent().selectFirst("table.figures");
        assertThat(table.select("tbody tr")).hasSize(catalog.referenceData().agencies().size());
        assertThat(table.select("tbody th").eachText()).contains("سازمان منطقه آزاد انزلی", "شهرداری بندرانزلی");
        CatalogSummary summary = CatalogSummary.of(catalog.opportunities(), catalog.referenceData());
        List<Long> drawn = chart(persian, "agency").select("rect.bar").eachAttr("data-value").stream()
                .map(Long::parseLong).toList();
        List<Long> expected = summary.agencies().stream().flatMap(a -> java.util.stream.Stream.of(a.lead(), a.partner()))
                .toList();
        assertThat(drawn).containsExactlyElementsOf(expected);
    }

    @Test
    void indirectJobsAreAKeyFigureAndAColumnOfTheSectorTable() throws IOException {
        Catalog withIndirect = Catalog.builder(catalog.referenceData()).incentives(catalog.incentives())
                .opportunity(catalog.opportunities().get(0).toBuilder().indirectJobs(740).build()).build();

        Document page = Pages.parse(Pages.dashboard(Locale.ENGLISH, withIndirect));

        assertThat(page.select("div.card").eachText()).contains("740 indirect jobs");
        Element table = page.getElementById("sectors").parent().selectFirst("table.figures");
        assertThat(table.select("thead th").eachText()).contains("Indirect jobs");
        assertThat(table.select("tr.total td").last().text()).isEqualTo("740");
    }

    @Test
    void anEmptyCatalogSaysWhatIsMissing() throws IOException {
        Document page = Pages.parse(Pages.dashboard(Locale.ENGLISH, Catalog.empty(ReferenceData.defaults())));

        assertThat(page.select("p.note").eachText()).contains("No opportunity states its investment.",
                "The catalog holds no incentives.");
        assertThat(page.select("figure.chart")).hasSize(3);
        assertThat(page.select("rect.bar").eachAttr("width")).allMatch(w -> w.equals("0.00"));
    }

    @Test
    void hostileTitlesAreShownAsText() throws IOException {
        Incentive hostile = Incentive.builder(new IncentiveId("INC-XSS")).type(IncentiveType.FINANCIAL_GRANT)
                .title("</text></svg><script>alert(1)</script>", "<img src=x onerror=alert(1)>")
                .authority(catalog.referenceData().agencies().get(0)).build();
        Catalog withHostile = Catalog.builder(catalog.referenceData()).incentive(hostile).build();

        Document page = Pages.parse(Pages.dashboard(FA, withHostile));

        assertThat(page.select("script, img")).isEmpty();
        Element chart = chart(page, "incentive");
        assertThat(chart.select("table.numbers tbody th").text()).isEqualTo("INC-XSS </text></svg><script>alert(1)</script>");
        assertThat(chart.select("svg g.category title").text()).isEqualTo("INC-XSS </text></svg><script>alert(1)</script>");
    }

    @Test
    void invisible_characters_in_a_chart_label_are_marked_as_text_inside_svg_and_every_bar_is_drawn()
            throws IOException {
        Incentive marked = Incentive.builder(new IncentiveId("INC-MARK")).type(IncentiveType.FINANCIAL_GRANT)
                .title("کمک\u2060هزینه", "Grant\u2060\u200Bfor\u00ADall")
                .authority(catalog.referenceData().agencies().get(0)).build();
        Catalog withMarked = Catalog.builder(catalog.referenceData()).incentive(marked).build();

        Element chart = chart(Pages.parse(Pages.dashboard(FA, withMarked)), "incentive");

        assertThat(chart.select("svg span")).isEmpty();
        assertThat(chart.select("svg g.category title").text()).contains("کمک⟨U+2060⟩هزینه");
        assertThat(chart.select("svg g.category")).hasSize(chart.select("table.numbers tbody tr").size());
    }
}
