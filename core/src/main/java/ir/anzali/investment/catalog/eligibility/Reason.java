package ir.anzali.investment.catalog.eligibility;

import java.util.Locale;
import java.util.Objects;

/**
 * How one condition of an incentive was judged, in Persian and English. Immutable and thread-safe.
 *
 * @param condition the condition: {@code validity}, {@code sector}, {@code subsector}, {@code area},
 *                  {@code investmentModel}, {@code minInvestment}, {@code minDirectJobs} or
 *                  {@code minYouthJobs}; not null
 * @param outcome   the judgement, not null
 * @param messageFa why, in Persian, not null
 * @param messageEn why, in English, not null
 */
public record Reason(String condition, Outcome outcome, String messageFa, String messageEn) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when a part is null
     */
    public Reason {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(messageFa, "messageFa");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * The message in a locale's language: Persian for {@code fa}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? messageFa : messageEn;
    }
}
