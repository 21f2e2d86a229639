package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.eligibility.EligibilityResult;
import ir.anzali.investment.catalog.eligibility.Outcome;
import ir.anzali.investment.catalog.eligibility.Reason;
import java.util.List;

/** Prints the incentives an opportunity qualifies for, each with its reasons. */
final class Eligibilities {

    private Eligibilities() {
    }

    static void print(Console c, Catalog catalog, List<EligibilityResult> results, boolean eligibleOnly) {
        for (EligibilityResult r : results) {
            if (eligibleOnly && r.outcome() != Outcome.ELIGIBLE) {
                continue;
            }
            String title = catalog.incentive(r.incentive()).map(i -> i.title().in(c.locale())).orElse("");
            c.line("match.line", "incentive", r.incentive(), "title", title, "outcome", c.name(r.outcome()));
            for (Reason reason : r.reasons()) {
                c.line("match.reason", "outcome", c.name(reason.outcome()), "message", reason.message(c.locale()));
            }
        }
    }
}
