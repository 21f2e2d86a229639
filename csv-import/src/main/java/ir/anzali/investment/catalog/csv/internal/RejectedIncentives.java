package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.report.FileCells;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.internal.Ids;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The incentives that the incentives files or sheets of an import rejected, found by id in their
 * reports' cells ({@link ImportReport#cells()}), so that an opportunity naming one is told which row
 * to fix instead of that the incentive is unknown. A rejected row whose cells the report left out
 * (past its error limit or its budget of cells) is not found. Immutable and thread-safe.
 */
public final class RejectedIncentives {

    private static final RejectedIncentives NONE = new RejectedIncentives(Map.of());

    private final Map<String, Where> byId;

    private RejectedIncentives(Map<String, Where> byId) {
        this.byId = Map.copyOf(byId);
    }

    /**
     * No incentive rejected.
     *
     * @return the empty set, never null
     */
    public static RejectedIncentives none() {
        return NONE;
    }

    /**
     * The incentives rejected by the reports of incentives files or sheets, each at the first row
     * that rejected it.
     *
     * @param reports the reports, not null
     * @return the rejected incentives, never null
     */
    public static RejectedIncentives of(List<ImportReport> reports) {
        Map<String, Where> byId = new HashMap<>();
        for (ImportReport r : reports) {
            int column = idColumn(r.cells());
            if (column < 0) {
                continue;
            }
            for (FileCells.RowCells row : r.cells().rows()) {
                if (column < row.cells().size()) {
                    String id = Ids.canonical(PersianNormalizer.normalize(row.cells().get(column)));
                    if (!id.isEmpty()) {
                        byId.putIfAbsent(id, new Where(r.file(), r.sheet(), row.line()));
                    }
                }
            }
        }
        return byId.isEmpty() ? NONE : new RejectedIncentives(byId);
    }

    private static int idColumn(FileCells cells) {
        for (int i = 0; i < cells.header().size(); i++) {
            if ("id".equals(cells.header().get(i).column())) {
                return i;
            }
        }
        return -1;
    }

    /** Where the incentive with this canonical id was rejected; empty when it was not. */
    Optional<Where> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The row that rejected an incentive.
     *
     * @param file  the name of the incentives file, or of the workbook
     * @param sheet the workbook's sheet, or null for a CSV file
     * @param line  the row's line (for a sheet, its row)
     */
    record Where(String file, @Nullable String sheet, long line) {
    }
}
