package ir.anzali.investment.catalog.opportunity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of an opportunity's lifecycle history. Immutable and thread-safe.
 *
 * @param from the status before, not null
 * @param to   the status after, not null
 * @param date the day of the change, not null
 * @param note why, or null
 */
public record StatusChange(Status from, Status to, LocalDate date, String note) {

    /**
     * Checks the required parts.
     *
     * @throws NullPointerException when from, to or date is null
     */
    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
    }
}
