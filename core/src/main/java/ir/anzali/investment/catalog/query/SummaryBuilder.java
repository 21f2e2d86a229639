package ir.anzali.investment.catalog.query;

import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.Status;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Adds opportunities up into a {@link Summary}. Not thread-safe. */
final class SummaryBuilder {

    private long count;
    private final Map<Status, Long> byStatus = new EnumMap<>(Status.class);
    private final Map<Currency, BigDecimal> investment = new HashMap<>();
    private long directJobs;
    private long youthJobs;
    private long indirectJobs;

    void add(Opportunity o) {
        count++;
        byStatus.merge(o.status(), 1L, Long::sum);
        for (Money part : o.investment().parts()) {
            investment.merge(part.currency(), part.amount(), BigDecimal::add);
        }
        if (o.directJobs() != null) {
            directJobs += o.directJobs();
        }
        if (o.youthJobs() != null) {
            youthJobs += o.youthJobs();
        }
        if (o.indirectJobs() != null) {
            indirectJobs += o.indirectJobs();
        }
    }

    Summary build() {
        return new Summary(count, byStatus, investment, directJobs, youthJobs, indirectJobs);
    }
}
