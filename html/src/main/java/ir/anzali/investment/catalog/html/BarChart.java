package ir.anzali.investment.catalog.html;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as inline SVG, with the table of its numbers next to it: a title, an
 * accessible description, one group of bars per category and one bar per series, every bar's length
 * proportional to its number on the chart's one scale. In a right-to-left page the bars grow from
 * the right. Not thread-safe; written once.
 */
final class BarChart {

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 180;
    private static final int BAR_MAX = 280;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 10;
    private static final int LABEL_CHARS = 26;

    private final String id;
    private final String title;
    private final String description;
    private final String categoryHeader;
    private final List<String> series;
    private final List<Category> categories = new ArrayList<>();

    /** A category's numbers, one per series, and how each is shown. */
    private record Category(String label, List<BigDecimal> values, List<String> shown) {
    }

    /**
     * A chart.
     *
     * @param id             unique on the page, for the accessible names
     * @param title          what the chart shows
     * @param description    the chart's description for people who cannot see it
     * @param categoryHeader the header of the table's first column
     * @param series         the name of each series; one bar per series in each category
     */
    BarChart(String id, String title, String description, String categoryHeader, List<String> series) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.categoryHeader = categoryHeader;
        this.series = List.copyOf(series);
    }

    /** Adds a category with one number per series, and how each is shown; numbers are not negative. */
    BarChart add(String label, List<BigDecimal> values, List<String> shown) {
        if (values.size() != series.size() || shown.size() != series.size()) {
            throw new IllegalArgumentException("One value per series: " + series.size());
        }
        categories.add(new Category(label, List.copyOf(values), List.copyOf(shown)));
        return this;
    }

    void write(Html h, boolean rtl) throws IOException {
        h.open("figure", "class", "chart", "aria-labelledby", id + "-caption").element("figcaption", title, "id",
                id + "-caption");
        if (series.size() > 1) {
            h.open("p", "class", "legend", "aria-hidden", "true");
            for (int s = 0; s < series.size(); s++) {
                h.open("span").markup(s == 0 ? "<span class=\"swatch\"></span>" : "<span class=\"swatch second\"></span>")
                        .text(series.get(s)).close("span");
            }
            h.close("p");
        }
        svg(h, rtl);
        table(h);
        h.close("figure").markup("\n");
    }

    private void svg(Html h, boolean rtl) throws IOException {
        BigDecimal max = BigDecimal.ZERO;
        for (Category c : categories) {
            for (BigDecimal v : c.values()) {
                max = max.max(v);
            }
        }
        int group = series.size() * BAR_HEIGHT + (series.size() - 1) * 2;
        int height = GAP + categories.size() * (group + GAP);
        h.open("svg", "class", "chart", "xmlns", "http://www.w3.org/2000/svg", "viewBox",
                "0 0 " + WIDTH + " " + height, "role", "img", "aria-labelledby", id + "-title " + id + "-desc")
                .textElement("title", title, "id", id + "-title").textElement("desc", description, "id", id + "-desc");
        int y = GAP;
        for (Category c : categories) {
            h.open("g", "class", "category");
            String label = c.label().codePointCount(0, c.label().length()) > LABEL_CHARS
                    ? c.label().substring(0, c.label().offsetByCodePoints(0, LABEL_CHARS - 1)) + "…" : c.label();
            h.textElement("title", c.label());
            h.textElement("text", label, "x", x(rtl, 10, 0), "y", Integer.toString(y + group / 2 + 4));
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = c.values().get(s);
                double length = max.signum() == 0 ? 0
                        : value.multiply(BigDecimal.valueOf(BAR_MAX)).divide(max, MathContext.DECIMAL64).doubleValue();
                int top = y + s * (BAR_HEIGHT + 2);
                h.open("rect", "class", s == 0 ? "bar" : "bar second", "data-value", value.toPlainString(),
                        "x", x(rtl, LABEL_WIDTH, length), "y", Integer.toString(top), "width", decimal(length),
                        "height", Integer.toString(BAR_HEIGHT)).close("rect");
                h.textElement("text", c.shown().get(s), "x", x(rtl, LABEL_WIDTH + length + 6, 0), "y",
                        Integer.toString(top + BAR_HEIGHT - 5));
            }
            h.close("g");
            y += group + GAP;
        }
        h.close("svg");
    }

    /** Where a shape of a width starting at a distance from the start edge begins, mirrored in right to left. */
    private static String x(boolean rtl, double fromStart, double width) {
        return decimal(rtl ? WIDTH - fromStart - width : fromStart);
    }

    private static String decimal(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private void table(Html h) throws IOException {
        h.open("table", "class", "numbers").open("thead").open("tr").element("th", categoryHeader, "scope", "col");
        for (String s : series) {
            h.element("th", s, "scope", "col", "class", "num");
        }
        h.close("tr").close("thead").open("tbody");
        for (Category c : categories) {
            h.open("tr").open("th", "scope", "row").value(c.label()).close("th");
            for (String shown : c.shown()) {
                h.element("td", shown, "class", "num");
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
    }
}
