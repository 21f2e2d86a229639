package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.ProblemPlace;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.text.Counted;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Prints an import report as readable lines, one per problem, in the console's language. */
final class ReportText {

    /** The most characters of a value a line shows. */
    private static final int SHOWN_CHARS = 60;
    /** The kinds of problems the command line has a hint for. */
    static final List<ErrorCode> HINTED = List.of(ErrorCode.EMPTY_FILE, ErrorCode.ENCODING_ERROR,
            ErrorCode.ENCODING_GUESS, ErrorCode.UNKNOWN_REFERENCE, ErrorCode.FILE_TOO_LARGE);

    private ReportText() {
    }

    /**
     * Prints a report.
     *
     * @param incentivesRead whether incentives were read with it (a file or a workbook's sheet), so
     *                       that an unknown incentive is no cue to give them
     */
    static void print(Console c, ImportReport r, boolean incentivesRead) {
        String kind = c.text("kind." + r.kind());
        String encoding = r.encoding();
        String delimiter = r.delimiter();
        if (r.sheet() != null) {
            c.line("report.head.sheet", "file", r.file(), "sheet", r.sheet(), "kind", kind);
        } else if (encoding == null) {
            c.line("report.head.unread", "file", r.file(), "kind", kind);
        } else if (delimiter == null) {
            // A file refused before its delimiter was told: the heading says only what was established.
            c.line("report.head.encoding", "file", r.file(), "kind", kind, "encoding", encoding);
        } else {
            c.line("report.head", "file", r.file(), "kind", kind, "encoding", encoding,
                    "delimiter", c.display().delimiter(delimiter));
        }
        c.line("report.counts", "rows", c.count(Counted.ROWS, r.rowsRead()), "accepted", r.accepted(),
                "rejected", r.rejected(), "skipped", r.skipped());
        for (Problem p : r.errors()) {
            c.line("report.error", "where", where(c, r, p), "message", p.message(), "code", p.code().code());
        }
        if (r.errorCount() > r.errors().size()) {
            c.line("report.more", "errors", c.count(Counted.ERRORS, r.errorCount() - r.errors().size()));
        }
        for (Problem p : r.warnings()) {
            c.line("report.warning", "where", where(c, r, p), "message", p.message(), "code", p.code().code());
        }
        hints(c, r, incentivesRead);
        if (r.valid()) {
            c.line("report.valid");
        } else {
            c.line("report.invalid", "errors", c.count(Counted.ERRORS, r.errorCount()));
        }
    }

    /**
     * What the command line adds to the library's messages, which name no command or option: the
     * command or option that helps with a kind of problem, once per report.
     */
    private static void hints(Console c, ImportReport r, boolean incentivesRead) {
        Set<ErrorCode> codes = EnumSet.noneOf(ErrorCode.class);
        r.errors().forEach(p -> codes.add(p.code()));
        r.warnings().forEach(p -> codes.add(p.code()));
        for (ErrorCode code : HINTED) {
            if (code == ErrorCode.FILE_TOO_LARGE && codes.contains(code)) {
                heapHint(c, Kind.fromName(r.kind()));
            } else if (code == ErrorCode.ENCODING_GUESS && codes.contains(code)) {
                // The guess is between these two: the hint names the one the file was not read in.
                c.line("report.hint.encoding-guess", "other",
                        "windows-1252".equals(r.encoding()) ? "windows-1256" : "windows-1252");
            } else if (codes.contains(code) && !(code == ErrorCode.UNKNOWN_REFERENCE && incentivesRead)) {
                c.line("report.hint." + code.code());
            }
        }
    }

    /**
     * The hint after a file past the import's limit: the heap a row takes (the limits follow the
     * heap, {@link CatalogLimits#forHeap(long)}), splitting the file, and an example of a heap for
     * four times the rows this one holds.
     */
    private static void heapHint(Console c, Kind kind) {
        boolean opportunities = kind == Kind.OPPORTUNITIES;
        long perRow = opportunities ? CatalogLimits.HEAP_BYTES_PER_OPPORTUNITY : 16 * CatalogLimits.HEAP_BYTES_PER_OPPORTUNITY;
        long limit = opportunities ? UserFiles.LIMITS.maxOpportunities() : UserFiles.LIMITS.maxIncentives();
        long rows = 4 * limit;
        c.line("report.hint.file-too-large", "perRow", c.display().digits(perRow / 1024 + " KiB"), "limit", limit,
                "rows", rows, "example", Main.xmx((rows * perRow >> 20) + 64));
    }

    /**
     * The place of a problem ({@link ProblemPlace}) and the value it is about; a value without a place
     * (the sheet of an {@code ignored-sheet} warning) stands alone, without the space that parts it from one.
     */
    private static String where(Console c, ImportReport r, Problem p) {
        StringBuilder b = new StringBuilder(ProblemPlace.of(r, p, c.locale()));
        if (p.value() != null && !p.value().isEmpty()) {
            String v = p.value().length() > SHOWN_CHARS ? p.value().substring(0, SHOWN_CHARS - 1) + "…" : p.value();
            String value = c.text("where.value", "value", v.replace("\r", "\\r").replace("\n", "\\n"));
            b.append(b.length() == 0 ? value.stripLeading() : value);
        }
        return b.length() == 0 ? "-" : b.toString();
    }
}
