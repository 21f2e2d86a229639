package ir.anzali.investment.catalog.csv.cli;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;

/** Prints a report as readable lines, one per problem. */
final class ReportText {

    private ReportText() {
    }

    static void print(Console c, ImportReport r) {
        String kind = c.persian() ? (r.kind().equals(Kind.OPPORTUNITIES.reportName()) ? "فرصت‌ها" : "مشوق‌ها") : r.kind();
        c.line("report.head", "file", r.file(), "kind", kind, "encoding", r.encoding() == null ? "-" : r.encoding(),
                "delimiter", r.delimiter() == null ? "-" : "\t".equals(r.delimiter()) ? "tab" : r.delimiter());
        c.line("report.counts", "rowsRead", r.rowsRead(), "accepted", r.accepted(), "rejected", r.rejected(),
                "skipped", r.skipped());
        for (Problem p : r.errors()) {
            c.line("report.error", "where", where(c, p), "message", p.message(), "code", p.code().code());
        }
        if (r.errorCount() > r.errors().size()) {
            c.line("report.more", "count", r.errorCount() - r.errors().size());
        }
        for (Problem p : r.warnings()) {
            c.line("report.warning", "where", where(c, p), "message", p.message(), "code", p.code().code());
        }
        c.line(r.valid() ? "report.valid" : "report.invalid", "count", r.errorCount());
    }

    private static String where(Console c, Problem p) {
        StringBuilder b = new StringBuilder();
        if (p.line() != null) {
            b.append(c.text("where.line", "line", p.line()));
        }
        if (p.row() != null) {
            b.append(c.text("where.row", "row", p.row()));
        }
        if (p.column() != null) {
            b.append(c.text("where.column", "column", p.column()));
        }
        if (p.value() != null && !p.value().isEmpty()) {
            String v = p.value().length() > 60 ? p.value().substring(0, 57) + "…" : p.value();
            b.append(c.text("where.value", "value", v.replace("\r", "\\r").replace("\n", "\\n")));
        }
        return b.length() == 0 ? "-" : b.toString();
    }
}
