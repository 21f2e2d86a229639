package ir.anzali.investment.catalog.html;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.eligibility.Eligibility;
import ir.anzali.investment.catalog.eligibility.Outcome;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.query.CatalogSummary;
import ir.anzali.investment.catalog.query.Summary;
import ir.anzali.investment.catalog.text.Counted;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The working-group dashboard as a page: one self-contained HTML file, in Persian (right to left,
 * Persian digits, Solar Hijri dates) or English, that makes no request and needs no script. It
 * shows the catalog's key figures; per sector, the investment with one chart per currency, rials
 * first (amounts in different currencies are never added up) and the direct and youth jobs; the opportunities by
 * status along the lifecycle; the incentives most opportunities qualify for on the day the page is
 * made (judged without exchange rates); and, for each agency, the opportunities it leads and
 * partners in, and their figures. Every chart is inline SVG
 * with a title, an accessible description and the table of its numbers next to it. The day the page
 * was made is shown in the Solar Hijri and Gregorian calendars. Immutable and thread-safe.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("dashboard.html"))) {
 *     DashboardPage.in(Locale.forLanguageTag("fa")).write(catalog, out);
 * }
 * }</pre>
 */
public final class DashboardPage {

    /** The most incentives the chart of incentives shows. */
    public static final int TOP_INCENTIVES = 10;

    private final Texts texts;
    private final LocalDate made;

    private DashboardPage(Texts texts, LocalDate made) {
        this.texts = texts;
        this.made = made;
    }

    /**
     * The page in a language, made today.
     *
     * @param locale Persian for {@code fa}, English otherwise
     * @return the page, never null
     */
    public static DashboardPage in(Locale locale) {
        return new DashboardPage(new Texts(Objects.requireNonNull(locale, "locale")), LocalDate.now());
    }

    /**
     * The same page made on another day: the day shown, and the day eligibility is judged on.
     *
     * @param day the day, not null
     * @return a new page, never null
     */
    public DashboardPage madeOn(LocalDate day) {
        return new DashboardPage(texts, Objects.requireNonNull(day, "day"));
    }

    /**
     * Writes the dashboard of a catalog in UTF-8. The stream is flushed, not closed.
     *
     * @param catalog the catalog, not null
     * @param out     where to write, not null
     * @throws IOException when writing fails
     */
    public void write(Catalog catalog, OutputStream out) throws IOException {
        Figures figures = figures(CatalogSummary.of(catalog.opportunities(), catalog.referenceData()),
                catalog.incentives());
        catalog.opportunities().forEach(figures);
        write(figures, out);
    }

    /**
     * The figures of this page, to be given every opportunity of the catalog one at a time: what a
     * catalog too large to hold in memory needs, its summary computed elsewhere (in a database's SQL)
     * and its opportunities read in turn.
     *
     * @param summary    the figures of all the catalog's opportunities, not null
     * @param incentives every incentive of the catalog, not null
     * @return figures that have counted no opportunity yet, never null
     */
    public Figures figures(CatalogSummary summary, List<Incentive> incentives) {
        return new Figures(summary, incentives, made);
    }

    /**
     * What the page shows beyond the catalog's summary: how many opportunities qualify for each
     * incentive on the day the page is made, judged one opportunity at a time (without exchange
     * rates) as they are {@linkplain #accept given}. Holds one count per incentive, never the
     * opportunities. Not thread-safe.
     */
    public static final class Figures implements Consumer<Opportunity> {
        private final CatalogSummary summary;
        private final List<Incentive> incentives;
        private final long[] qualifying;
        private final LocalDate day;
        private final Eligibility eligibility = Eligibility.withoutRates();

        private Figures(CatalogSummary summary, List<Incentive> incentives, LocalDate day) {
            this.summary = Objects.requireNonNull(summary, "summary");
            this.incentives = List.copyOf(incentives);
            this.qualifying = new long[this.incentives.size()];
            this.day = day;
        }

        /**
         * Counts one opportunity of the catalog: each incentive it qualifies for.
         *
         * @param opportunity the opportunity, not null; each one once
         */
        @Override
        public void accept(Opportunity opportunity) {
            for (int i = 0; i < qualifying.length; i++) {
                if (eligibility.evaluate(opportunity, incentives.get(i), day).outcome() == Outcome.ELIGIBLE) {
                    qualifying[i]++;
                }
            }
        }
    }

    /**
     * Writes the dashboard of figures in UTF-8: the same page as {@link #write(Catalog, OutputStream)}
     * of the catalog whose opportunities the figures were given. The stream is flushed, not closed.
     *
     * @param figures the figures, made by this page or one made on the same day; not null
     * @param out     where to write, not null
     * @throws IOException when writing fails
     */
    public void write(Figures figures, OutputStream out) throws IOException {
        CatalogSummary summary = figures.summary;
        Writer w = Page.writer(out);
        Html h = new Html(w);
        Texts t = texts;
        String title = t.get("dashboard.title");
        Page.start(h, t, title);
        h.open("header").element("h1", title).element("p", t.get("made", "day", t.day(made)), "class", "made")
                .element("p", t.get("dashboard.counts", "opportunities", t.count(Counted.OPPORTUNITIES,
                        summary.total().opportunities()), "incentives", t.count(Counted.INCENTIVES,
                        figures.incentives.size())))
                .close("header").markup("\n<main>\n");
        cards(h, summary.total());
        sectors(h, summary);
        statuses(h, summary.total());
        incentives(h, figures);
        agencies(h, summary);
        h.markup("</main>\n");
        Page.end(h, w);
    }

    private void cards(Html h, Summary total) throws IOException {
        Texts t = texts;
        h.open("section", "aria-labelledby", "totals").element("h2", t.get("dashboard.totals"), "id", "totals")
                .open("div", "class", "cards");
        card(h, "dashboard.opportunities", t.number(total.opportunities()));
        card(h, "dashboard.direct-jobs", t.number(total.directJobs()));
        card(h, "dashboard.youth-jobs", t.number(total.youthJobs()));
        card(h, "dashboard.indirect-jobs", t.number(total.indirectJobs()));
        for (Currency currency : Texts.rialFirst(total.investment())) {
            card(h, "dashboard.investment-in", t.amount(Objects.requireNonNull(total.investment().get(currency)), currency), "currency",
                    t.currency(currency));
        }
        h.close("div").close("section").markup("\n");
    }

    private void card(Html h, String key, String figure, Object... values) throws IOException {
        h.open("div", "class", "card").element("span", figure, "class", "figure").markup(" ")
                .element("span", texts.get(key, values))
                .close("div");
    }

    private void sectors(Html h, CatalogSummary summary) throws IOException {
        Texts t = texts;
        h.open("section", "aria-labelledby", "sectors").element("h2", t.get("dashboard.sectors"), "id", "sectors");
        List<Currency> currencies = Texts.rialFirst(summary.total().investment());
        int n = 0;
        for (Currency currency : currencies) {
            BarChart chart = new BarChart("investment-" + ++n, t.get("chart.investment", "currency", t.currency(currency)),
                    t.get("chart.investment.desc", "currency", t.currency(currency)), t.get("column.sector"),
                    List.of(t.get("column.investment")));
            for (CatalogSummary.SectorFigures f : summary.sectors()) {
                BigDecimal amount = f.figures().investment().getOrDefault(currency, BigDecimal.ZERO);
                chart.add(t.name(f.sector()), List.of(amount), List.of(t.amount(amount, currency)));
            }
            chart.write(h, t.persian());
        }
        if (currencies.isEmpty()) {
            h.element("p", t.get("dashboard.no-investment"), "class", "note");
        }
        BarChart jobs = new BarChart("jobs", t.get("chart.jobs"), t.get("chart.jobs.desc"), t.get("column.sector"),
                List.of(t.get("column.direct-jobs"), t.get("column.youth-jobs")));
        for (CatalogSummary.SectorFigures f : summary.sectors()) {
            Summary s = f.figures();
            jobs.add(t.name(f.sector()), List.of(BigDecimal.valueOf(s.directJobs()), BigDecimal.valueOf(s.youthJobs())),
                    List.of(t.number(s.directJobs()), t.number(s.youthJobs())));
        }
        jobs.write(h, t.persian());
        h.element("h3", t.get("dashboard.sector-table"));
        figuresTable(h, summary, false);
        h.close("section").markup("\n");
    }

    private void statuses(Html h, Summary total) throws IOException {
        Texts t = texts;
        h.open("section", "aria-labelledby", "statuses").element("h2", t.get("dashboard.statuses"), "id", "statuses");
        BarChart chart = new BarChart("status", t.get("chart.status"), t.get("chart.status.desc"),
                t.get("column.status"), List.of(t.get("column.opportunities")));
        for (Status s : Status.values()) {
            long count = total.byStatus().getOrDefault(s, 0L);
            chart.add(t.name(s), List.of(BigDecimal.valueOf(count)), List.of(t.number(count)));
        }
        chart.write(h, t.persian());
        h.close("section").markup("\n");
    }

    private void incentives(Html h, Figures figures) throws IOException {
        Texts t = texts;
        h.open("section", "aria-labelledby", "incentives").element("h2", t.get("dashboard.incentives"), "id",
                "incentives");
        record Qualifying(Incentive incentive, long count) {
        }
        List<Qualifying> ranked = new ArrayList<>();
        for (int i = 0; i < figures.incentives.size(); i++) {
            ranked.add(new Qualifying(figures.incentives.get(i), figures.qualifying[i]));
        }
        ranked.sort(Comparator.comparingLong(Qualifying::count).reversed()
                .thenComparing(q -> q.incentive().id().toString()));
        if (ranked.isEmpty()) {
            h.element("p", t.get("dashboard.no-incentives"), "class", "note");
        } else {
            BarChart chart = new BarChart("incentive", t.get("chart.incentives", "count",
                    (long) Math.min(TOP_INCENTIVES, ranked.size())), t.get("chart.incentives.desc", "day", t.day(made)),
                    t.get("column.incentive"), List.of(t.get("column.qualifying")));
            for (Qualifying q : ranked.subList(0, Math.min(TOP_INCENTIVES, ranked.size()))) {
                chart.add(q.incentive().id() + " " + q.incentive().title().in(t.locale()),
                        List.of(BigDecimal.valueOf(q.count())), List.of(t.number(q.count())));
            }
            chart.write(h, t.persian());
        }
        h.close("section").markup("\n");
    }

    private void agencies(Html h, CatalogSummary summary) throws IOException {
        Texts t = texts;
        h.open("section", "aria-labelledby", "agencies").element("h2", t.get("dashboard.agencies"), "id", "agencies");
        BarChart chart = new BarChart("agency", t.get("chart.agencies"), t.get("chart.agencies.desc"),
                t.get("column.agency"), List.of(t.get("column.leads"), t.get("column.partners")));
        for (CatalogSummary.AgencyFigures f : summary.agencies()) {
            chart.add(t.name(f.agency()), List.of(BigDecimal.valueOf(f.lead()), BigDecimal.valueOf(f.partner())),
                    List.of(t.number(f.lead()), t.number(f.partner())));
        }
        chart.write(h, t.persian());
        h.element("h3", t.get("dashboard.agency-table"));
        figuresTable(h, summary, true);
        h.close("section").markup("\n");
    }

    /** The figures of each sector with the total, or of each agency with its leads and partnerships. */
    private void figuresTable(Html h, CatalogSummary summary, boolean agencies) throws IOException {
        Texts t = texts;
        h.open("table", "class", "figures").open("thead").open("tr")
                .element("th", t.get(agencies ? "column.agency" : "column.sector"), "scope", "col");
        if (agencies) {
            h.element("th", t.get("column.leads"), "scope", "col", "class", "num")
                    .element("th", t.get("column.partners"), "scope", "col", "class", "num");
        }
        h.element("th", t.get("column.opportunities"), "scope", "col", "class", "num")
                .element("th", t.get("column.investment"), "scope", "col")
                .element("th", t.get("column.direct-jobs"), "scope", "col", "class", "num")
                .element("th", t.get("column.youth-jobs"), "scope", "col", "class", "num")
                .element("th", t.get("column.indirect-jobs"), "scope", "col", "class", "num")
                .close("tr").close("thead").open("tbody");
        if (agencies) {
            for (CatalogSummary.AgencyFigures f : summary.agencies()) {
                h.open("tr").open("th", "scope", "row").value(t.name(f.agency())).close("th")
                        .element("td", t.number(f.lead()), "class", "num")
                        .element("td", t.number(f.partner()), "class", "num");
                figures(h, f.figures());
                h.close("tr");
            }
        } else {
            for (CatalogSummary.SectorFigures f : summary.sectors()) {
                h.open("tr").open("th", "scope", "row").value(t.name(f.sector())).close("th");
                figures(h, f.figures());
                h.close("tr");
            }
            h.open("tr", "class", "total").element("th", t.get("column.total"), "scope", "row");
            figures(h, summary.total());
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    private void figures(Html h, Summary s) throws IOException {
        Texts t = texts;
        h.element("td", t.number(s.opportunities()), "class", "num").element("td", t.amounts(s.investment()))
                .element("td", t.number(s.directJobs()), "class", "num")
                .element("td", t.number(s.youthJobs()), "class", "num")
                .element("td", t.number(s.indirectJobs()), "class", "num");
    }
}
