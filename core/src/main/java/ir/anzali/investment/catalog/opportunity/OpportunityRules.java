package ir.anzali.investment.catalog.opportunity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import ir.anzali.investment.catalog.internal.validation.CrossFieldRules;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import ir.anzali.investment.catalog.validation.CatalogDate;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rules across an opportunity's values, each reported on the value to correct with its own
 * message (rule {@code cross-field}); a rule holds while a value it compares is missing:
 * <ul>
 *   <li>youth jobs are not more than direct jobs ({@code youthJobs});</li>
 *   <li>the deadline is not before the day of publication ({@code deadline});</li>
 *   <li>the subsector is one of the sector's ({@code subsector});</li>
 *   <li>the lead agency is not also a partner ({@code partnerAgencies});</li>
 *   <li>latitude and longitude are given together or not at all (on the one given,
 *       {@code location.latitude} or {@code location.longitude});</li>
 *   <li>the status history is a path through the lifecycle: every step a move the lifecycle allows
 *       ({@link Status#canMoveTo(Status)}), starting where the step before it ended, dated on or
 *       after it within the catalog's dates ({@link CatalogDate}), with a note of at most
 *       {@value #MAX_NOTE} characters of text ({@link PersianNormalizer#findNonText(CharSequence)}, {@code history}).</li>
 * </ul>
 */
@Constraint(validatedBy = OpportunityRules.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface OpportunityRules {

    /** The longest note of a step of the status history. */
    int MAX_NOTE = 500;

    /** @return not used: each rule reports its own message */
    String message() default "";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rules. */
    final class Validator extends CrossFieldRules<OpportunityRules, Opportunity> {

        private static final String MESSAGE = "{ir.anzali.investment.catalog.%s.message}";

        private static final List<Check<Opportunity>> CHECKS = List.of(
                check("youthJobs", "YouthJobsWithinDirectJobs",
                        o -> o.youthJobs() != null && o.directJobs() != null && o.youthJobs() > o.directJobs()),
                check("deadline", "DeadlineNotBeforePublication",
                        o -> o.deadline() != null && o.publishedOn() != null && o.deadline().isBefore(o.publishedOn())),
                check("subsector", "SubsectorInSector",
                        o -> o.subsector() != null && !o.sector().contains(o.subsector())),
                check("partnerAgencies", "LeadAgencyNotPartner", o -> o.partnerAgencies().contains(o.leadAgency())),
                check("location.latitude", "CoordinatesPaired",
                        o -> o.location().latitude() != null && o.location().longitude() == null),
                check("location.longitude", "CoordinatesPaired",
                        o -> o.location().longitude() != null && o.location().latitude() == null),
                check("history", "LegalHistory", o -> !isPath(o.history())));

        @Override
        protected List<Check<Opportunity>> checks() {
            return CHECKS;
        }

        private static Check<Opportunity> check(String property, String rule,
                Predicate<Opportunity> broken) {
            return new Check<>(property, String.format(MESSAGE, rule), broken);
        }

        private static final LocalDate FIRST = LocalDate.parse(CatalogDate.FIRST);
        private static final LocalDate LAST = LocalDate.parse(CatalogDate.LAST);

        private static boolean inRange(LocalDate date) {
            return !date.isBefore(FIRST) && !date.isAfter(LAST);
        }

        private static boolean isPath(List<StatusChange> history) {
            StatusChange previous = null;
            for (StatusChange step : history) {
                if (!step.from().canMoveTo(step.to()) || !inRange(step.date())
                        || previous != null && (previous.to() != step.from() || step.date().isBefore(previous.date()))
                        || step.note() != null && (step.note().length() > MAX_NOTE
                                || PersianNormalizer.findNonText(step.note()) >= 0)) {
                    return false;
                }
                previous = step;
            }
            return true;
        }
    }
}
