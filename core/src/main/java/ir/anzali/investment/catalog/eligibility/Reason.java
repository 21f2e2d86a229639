package ir.anzali.investment.catalog.eligibility;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How one condition of an incentive was judged, in Persian and English. The messages of a reason
 * that {@link Eligibility} gives are written the first time they are asked for, so that judging
 * many opportunities for their outcome alone costs no text. Two reasons are equal when their
 * condition, outcome and messages are. Immutable and thread-safe.
 */
public final class Reason {

    private final String condition;
    private final Outcome outcome;
    private final Function<Boolean, String> writer;
    /** The messages once written, Persian then English; written at most once by each thread that races. */
    private volatile String @Nullable [] messages;

    /**
     * A reason with its messages.
     *
     * @param condition the condition: {@code validity}, {@code sector}, {@code subsector}, {@code area},
     *                  {@code investmentModel}, {@code minInvestment}, {@code minDirectJobs} or
     *                  {@code minYouthJobs}; not null
     * @param outcome   the judgement, not null
     * @param messageFa why, in Persian, not null
     * @param messageEn why, in English, not null
     * @throws NullPointerException when a part is null
     */
    public Reason(String condition, Outcome outcome, String messageFa, String messageEn) {
        this(condition, outcome, persian -> persian ? messageFa : messageEn);
        Objects.requireNonNull(messageFa, "messageFa");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** A reason whose messages are written when first asked for: Persian for true, English for false. */
    Reason(String condition, Outcome outcome, Function<Boolean, String> writer) {
        this.condition = Objects.requireNonNull(condition, "condition");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.writer = writer;
    }

    /**
     * The condition judged.
     *
     * @return {@code validity}, {@code sector}, {@code subsector}, {@code area},
     *         {@code investmentModel}, {@code minInvestment}, {@code minDirectJobs} or
     *         {@code minYouthJobs}; never null
     */
    public String condition() {
        return condition;
    }

    /**
     * The judgement.
     *
     * @return the outcome, never null
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Why, in Persian.
     *
     * @return the message, never null
     */
    public String messageFa() {
        return messages()[0];
    }

    /**
     * Why, in English.
     *
     * @return the message, never null
     */
    public String messageEn() {
        return messages()[1];
    }

    /**
     * The message in a locale's language: Persian for {@code fa}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? messageFa() : messageEn();
    }

    private String[] messages() {
        String[] written = messages;
        if (written == null) {
            written = new String[] {writer.apply(true), writer.apply(false)};
            messages = written;
        }
        return written;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reason r && condition.equals(r.condition) && outcome == r.outcome
                && messageFa().equals(r.messageFa()) && messageEn().equals(r.messageEn());
    }

    @Override
    public int hashCode() {
        return Objects.hash(condition, outcome, messageFa(), messageEn());
    }

    @Override
    public String toString() {
        return "Reason[condition=" + condition + ", outcome=" + outcome + ", messageFa=" + messageFa() + ", messageEn="
                + messageEn() + "]";
    }
}
