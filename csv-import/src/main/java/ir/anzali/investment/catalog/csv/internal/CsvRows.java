package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows the exporter writes (CSV format §6): the cells of an opportunity or an incentive in the
 * order of its kind's columns, by the same rules the importer reads them with. Stateless and
 * thread-safe.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /**
     * An opportunity's row.
     *
     * @param o the opportunity, not null
     * @return one cell per column of {@link Kind#OPPORTUNITIES}, never null
     */
    public static List<String> of(Opportunity o) {
        return inOrder(Kind.OPPORTUNITIES, OpportunityMapper.cells(o));
    }

    /**
     * An incentive's row.
     *
     * @param i the incentive, not null
     * @return one cell per column of {@link Kind#INCENTIVES}, never null
     */
    public static List<String> of(Incentive i) {
        return inOrder(Kind.INCENTIVES, IncentiveMapper.cells(i));
    }

    private static List<String> inOrder(Kind kind, Map<String, String> cells) {
        List<String> row = new ArrayList<>(kind.columns().size());
        for (Column c : kind.columns()) {
            String cell = cells.get(c.name());
            if (cell == null) {
                throw new IllegalStateException("No cell written for column " + c.name());
            }
            row.add(cell);
        }
        return row;
    }
}
