package ir.anzali.investment.catalog.opportunity;

import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of an opportunity's lifecycle history. Immutable and thread-safe.
 *
 * @param from the status before, not null
 * @param to   the status after, not null
 * @param date the day of the change, not null
 * @param note why, normalized
 */
public record StatusChange(Status from, Status to, LocalDate date, @Nullable String note) {

    /**
     * Checks the required parts and normalizes the note ({@link PersianNormalizer}; a blank note is
     * absent).
     *
     * @throws NullPointerException when from, to or date is null
     */
    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        note = PersianNormalizer.normalizeToNull(note);
    }
}
