package ir.anzali.investment.catalog.html;

import ir.anzali.investment.catalog.csv.ProblemPlace;
import ir.anzali.investment.catalog.csv.report.FileCells;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.text.Counted;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The import report as a page a clerk can open, print and mail: one self-contained HTML file, in
 * Persian (right to left, Persian digits, Solar Hijri dates) or English, that makes no request and
 * needs no script. For each file: its name, kind, encoding and delimiter (or sheet; "not determined"
 * for an encoding or delimiter that a file refused at its start did not establish), the counts and
 * whether it is valid; then the problems of the whole file; an index of the rows with problems; each
 * such row with its cells as they were in the file, the faulty ones highlighted with their messages
 * and codes; how many errors were counted but not listed; and the warnings apart. Every value from
 * a file is escaped and shown as text. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImportReport report = CatalogImporter.builder().locale(fa).build().validate(path, Kind.OPPORTUNITIES);
 * try (OutputStream out = Files.newOutputStream(Path.of("report.html"))) {
 *     ReportPage.in(fa).write(List.of(report), out);
 * }
 * }</pre>
 */
public final class ReportPage {

    private final Texts texts;
    private final LocalDate made;

    private ReportPage(Texts texts, LocalDate made) {
        this.texts = texts;
        this.made = made;
    }

    /**
     * The page in a language, made today.
     *
     * @param locale Persian for {@code fa}, English otherwise; the reports' messages should be in
     *               the same language (the importer's locale)
     * @return the page, never null
     */
    public static ReportPage in(Locale locale) {
        return new ReportPage(new Texts(Objects.requireNonNull(locale, "locale")), LocalDate.now());
    }

    /**
     * The same page with another day shown as the day it was made.
     *
     * @param day the day, not null
     * @return a new page, never null
     */
    public ReportPage madeOn(LocalDate day) {
        return new ReportPage(texts, Objects.requireNonNull(day, "day"));
    }

    /**
     * Writes the page of the reports of one run, one section per file, in UTF-8. The stream is
     * flushed, not closed.
     *
     * @param reports the reports, not null, not empty
     * @param out     where to write, not null
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when there is no report
     */
    public void write(List<ImportReport> reports, OutputStream out) throws IOException {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("No report to write");
        }
        Writer w = Page.writer(out);
        Html h = new Html(w);
        String title = reports.size() == 1 ? texts.get("report.title.one", "file", reports.get(0).file())
                : texts.get("report.title");
        Page.start(h, texts, title);
        h.open("header").element("h1", title).element("p", texts.get("made", "day", texts.day(made)), "class", "made")
                .close("header").markup("\n<main>\n");
        for (int i = 0; i < reports.size(); i++) {
            new Section(h, texts, reports.get(i), "f" + (i + 1)).write();
        }
        h.markup("</main>\n");
        Page.end(h, w);
    }

    /** The section of one file's report. */
    private static final class Section {
        private final Html h;
        private final Texts t;
        private final ImportReport report;
        private final String anchor;
        /** The position in a row of each column the header was recognized as having. */
        private final Map<String, Integer> positions = new HashMap<>();

        Section(Html h, Texts t, ImportReport report, String anchor) {
            this.h = h;
            this.t = t;
            this.report = report;
            this.anchor = anchor;
            List<FileCells.HeaderCell> header = report.cells().header();
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i).column();
                if (column != null) {
                    positions.put(column, i);
                }
            }
        }

        void write() throws IOException {
            h.open("section", "class", "report", "id", anchor, "aria-labelledby", anchor + "-name");
            h.open("h2", "id", anchor + "-name").value(report.file()).close("h2");
            facts();
            verdict();
            List<Problem> fileProblems = new ArrayList<>();
            Map<Long, List<Problem>> byRow = new LinkedHashMap<>();
            for (Problem p : report.errors()) {
                if (p.row() == null) {
                    fileProblems.add(p);
                } else {
                    byRow.computeIfAbsent(p.row(), r -> new ArrayList<>()).add(p);
                }
            }
            if (!fileProblems.isEmpty()) {
                h.element("h3", t.get("report.file-problems"));
                problems(fileProblems);
            }
            if (!byRow.isEmpty()) {
                index(byRow);
                for (Map.Entry<Long, List<Problem>> e : byRow.entrySet()) {
                    row(e.getKey(), e.getValue());
                }
            }
            long unlisted = report.errorCount() - report.errors().size();
            if (unlisted > 0) {
                h.element("p", t.get("report.unlisted", "count", unlisted, "listed", (long) report.errors().size()),
                        "class", "note unlisted");
            }
            if (!report.cells().complete()) {
                h.element("p", t.get("report.cells-left-out"), "class", "note");
            }
            if (!report.warnings().isEmpty()) {
                h.open("section", "class", "warnings", "aria-labelledby", anchor + "-warnings")
                        .element("h3", t.get("report.warnings", "count", (long) report.warnings().size()),
                                "id", anchor + "-warnings");
                problems(report.warnings());
                h.close("section");
            }
            h.close("section").markup("\n");
        }

        private void facts() throws IOException {
            h.open("dl", "class", "facts");
            fact("report.kind", t.get("kind." + report.kind()));
            if (report.sheet() != null) {
                fact("report.sheet", report.sheet());
            } else {
                // A file refused before its encoding or delimiter was told says so, rather than a value.
                String encoding = report.encoding();
                String delimiter = report.delimiter();
                fact("report.encoding", encoding == null ? t.get("report.not-determined") : encoding);
                fact("report.delimiter", delimiter == null ? t.get("report.not-determined") : t.delimiter(delimiter));
            }
            fact("report.rows-read", t.number(report.rowsRead()));
            fact("report.accepted", t.number(report.accepted()));
            fact("report.rejected", t.number(report.rejected()));
            fact("report.skipped", t.number(report.skipped()));
            fact("report.errors", t.number(report.errorCount()));
            fact("report.warning-count", t.number(report.warnings().size()));
            h.close("dl");
        }

        private void fact(String key, String value) throws IOException {
            h.open("div").element("dt", t.get(key)).open("dd").value(value).close("dd").close("div");
        }

        private void verdict() throws IOException {
            if (report.valid()) {
                h.element("p", t.get("report.valid", "rows", t.count(Counted.ROWS, report.accepted())), "class", "verdict ok");
            } else if (report.stoppedByFileError()) {
                h.element("p", t.get("report.stopped"), "class", "verdict bad");
            } else {
                h.element("p", t.get("report.invalid", "errors", t.count(Counted.ERRORS, report.errorCount()),
                        "rows", t.count(Counted.ROWS, report.rejected())), "class", "verdict bad");
            }
        }

        private void index(Map<Long, List<Problem>> byRow) throws IOException {
            h.open("nav", "class", "index", "aria-labelledby", anchor + "-index")
                    .element("h3", t.get("report.index", "count", (long) byRow.size()), "id", anchor + "-index")
                    .open("ol");
            for (Map.Entry<Long, List<Problem>> e : byRow.entrySet()) {
                h.open("li").open("a", "href", "#" + rowAnchor(e.getKey()))
                        .text(t.get("report.row-link", "row", e.getKey(), "count", (long) e.getValue().size()))
                        .close("a").close("li");
            }
            h.close("ol").close("nav").markup("\n");
        }

        private String rowAnchor(long row) {
            return anchor + "-r" + row;
        }

        private void row(long number, List<Problem> problems) throws IOException {
            Problem first = problems.get(0);
            String heading = first.line() == null ? t.get("report.row", "row", number)
                    : report.sheet() != null ? t.get("report.row.sheet", "row", number, "line", first.line())
                    : t.get("report.row.line", "row", number, "line", first.line());
            h.open("section", "class", "row", "id", rowAnchor(number)).element("h3", heading);
            FileCells.RowCells cells = report.cells().row(number);
            List<Problem> elsewhere = cells == null ? problems : table(cells, problems);
            if (!elsewhere.isEmpty()) {
                problems(elsewhere);
            }
            h.close("section").markup("\n");
        }

        /**
         * The row's cells under the file's header, each faulty cell with its problems.
         *
         * @return the problems of no cell shown, such as a missing or extra cell
         */
        private List<Problem> table(FileCells.RowCells cells, List<Problem> problems) throws IOException {
            List<FileCells.HeaderCell> header = report.cells().header();
            Map<Integer, List<Problem>> byPosition = new HashMap<>();
            List<Problem> elsewhere = new ArrayList<>();
            for (Problem p : problems) {
                Integer at = p.column() == null ? null : positions.get(p.column());
                if (at == null || at >= cells.cells().size()) {
                    elsewhere.add(p);
                } else {
                    byPosition.computeIfAbsent(at, k -> new ArrayList<>()).add(p);
                }
            }
            h.open("table", "class", "cells").open("thead").open("tr")
                    .element("th", t.get("report.column"), "scope", "col")
                    .element("th", t.get("report.value"), "scope", "col")
                    .element("th", t.get("report.problem"), "scope", "col")
                    .close("tr").close("thead").open("tbody");
            int width = Math.max(header.size(), cells.cells().size());
            for (int i = 0; i < width; i++) {
                List<Problem> here = byPosition.getOrDefault(i, List.of());
                h.open("tr", here.isEmpty() ? new String[0] : new String[] {"class", "faulty"});
                h.open("th", "scope", "row");
                if (i < header.size()) {
                    h.value(header.get(i).text());
                } else {
                    h.open("span", "class", "empty").text(t.get("report.no-header")).close("span");
                }
                h.close("th").open("td", "class", "cell");
                if (i >= cells.cells().size()) {
                    h.open("span", "class", "empty").text(t.get("report.missing")).close("span");
                } else if (cells.cells().get(i).isBlank()) {
                    h.open("span", "class", "empty").text(t.get("report.blank")).close("span");
                    h.value(cells.cells().get(i));
                } else {
                    h.value(cells.cells().get(i));
                }
                h.close("td").open("td", "class", "message");
                for (Problem p : here) {
                    h.open("p").markup("<span class=\"flag\" aria-hidden=\"true\">✗</span> ").text(p.message())
                            .markup(" ").element("span", p.code().code(), "class", "code");
                    if (p.cell() != null) {
                        h.markup(" ").element("span", p.cell(), "class", "code");
                    }
                    h.close("p");
                }
                h.close("td").close("tr");
            }
            h.close("tbody").close("table");
            return elsewhere;
        }

        private void problems(List<Problem> problems) throws IOException {
            h.open("ul", "class", "problems");
            for (Problem p : problems) {
                h.open("li").text(p.message()).markup(" ").element("span", p.code().code(), "class", "code");
                String where = where(p);
                if (!where.isEmpty()) {
                    h.markup(" ").element("span", where, "class", "note");
                }
                if (p.value() != null && !p.value().isEmpty()) {
                    h.markup(" ").text(t.get("report.value-was")).markup(" ").value(p.value());
                }
                h.close("li");
            }
            h.close("ul");
        }

        private String where(Problem p) {
            return ProblemPlace.of(report, p, t.locale());
        }
    }
}
