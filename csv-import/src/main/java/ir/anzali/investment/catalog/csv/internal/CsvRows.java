package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows the exporter writes (CSV format §6): the cells of an opportunity or an incentive in the
 * order of its kind's columns, each taken from the record by its column's entry and written by the
 * rule of the column's type, which the importer reads back. Stateless and
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
        return row(Kind.OPPORTUNITIES, o);
    }

    /**
     * An incentive's row.
     *
     * @param i the incentive, not null
     * @return one cell per column of {@link Kind#INCENTIVES}, never null
     */
    public static List<String> of(Incentive i) {
        return row(Kind.INCENTIVES, i);
    }

    private static List<String> row(Kind kind, Object record) {
        List<String> row = new ArrayList<>(kind.columns().size());
        for (Column c : kind.columns()) {
            row.add(Cells.of(c, record));
        }
        return row;
    }
}
