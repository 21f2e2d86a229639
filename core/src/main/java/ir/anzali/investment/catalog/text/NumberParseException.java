package ir.anzali.investment.catalog.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when text is not a number of the catalog's data, with the reason and, for a number that
 * could be read two ways, both readings, so that a caller can say what to write instead.
 */
public final class NumberParseException extends NumberFormatException {

    private static final long serialVersionUID = 1L;

    /** Why the text is not a number. */
    public enum Reason {
        /** Not a number at all: letters, misplaced signs or points, nothing but a sign. */
        NOT_A_NUMBER,
        /** Digits grouped wrongly, such as {@code 1,5} or {@code 12,34,567}. */
        GROUPING,
        /** More than {@link NumberParser#MAX_SIGNIFICANT_DIGITS} significant digits, or too many decimals. */
        TOO_MANY_DIGITS,
        /** Exponent notation, such as {@code 1e3}. */
        EXPONENT,
        /** A number written in words, such as {@code ده میلیارد}. */
        WORDS,
        /** One {@code .}, {@code ٫} or {@code /} followed by three digits: a decimal or a thousands separator. */
        AMBIGUOUS,
        /** A whole number was asked for and the text has a fraction, or it is too large for one. */
        NOT_WHOLE,
        /** A word beside the number that is neither a scale word nor a unit, named by {@link #word()}. */
        UNKNOWN_WORD
    }

    /** The text, cut to at most this many characters in the message and {@link #text()}. */
    static final int QUOTED_CHARS = 200;

    private final Reason reason;
    private final String text;
    private final transient List<BigDecimal> readings;
    private final @Nullable String word;
    private final String why;

    /**
     * Creates the exception.
     *
     * @param reason   why, not null
     * @param text     the text refused, not null; cut to 200 characters
     * @param why      what is wrong, in English, not null
     * @param readings the readings of an ambiguous number, not null
     */
    public NumberParseException(Reason reason, String text, String why, List<BigDecimal> readings) {
        this(reason, text, why, readings, null);
    }

    private NumberParseException(Reason reason, String text, String why, List<BigDecimal> readings,
            @Nullable String word) {
        super("Not a number: '" + cut(text) + "': " + why);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.text = cut(text);
        this.readings = List.copyOf(readings);
        this.word = word == null ? null : cut(word);
        this.why = why;
    }

    /**
     * Creates the exception for a word beside the number that is neither a scale word nor a unit
     * ({@code xyz} in {@code 1500 xyz}), with {@link Reason#UNKNOWN_WORD}.
     *
     * @param text the text refused, not null; cut to 200 characters
     * @param word the word, not null
     * @return the exception, never null
     */
    public static NumberParseException unknownWord(String text, String word) {
        return new NumberParseException(Reason.UNKNOWN_WORD, text,
                "'" + cut(word) + "' is neither a scale word nor a unit", List.of(), word);
    }

    /**
     * For {@link Reason#UNKNOWN_WORD}, the word that is neither a scale word nor a unit.
     *
     * @return the word, cut to 200 characters; empty for the other reasons
     */
    public Optional<String> word() {
        return Optional.ofNullable(word);
    }

    /**
     * The same refusal about another text, such as the whole cell a number was part of.
     *
     * @param whole the other text, not null
     * @return the exception, never null
     */
    public NumberParseException about(String whole) {
        return new NumberParseException(reason, whole, why, readings(), word);
    }

    /**
     * Why the text is not a number.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The text that was refused, cut to its first 200 characters followed by {@code …} when longer.
     *
     * @return the text, never null
     */
    public String text() {
        return text;
    }

    /**
     * For {@link Reason#AMBIGUOUS}, the two readings: with the separator as a decimal point, then
     * as a thousands separator ({@code 1.500} is 1.5 or 1500).
     *
     * @return an unmodifiable list, empty for the other reasons, never null
     */
    public List<BigDecimal> readings() {
        return readings == null ? List.of() : readings;
    }

    private static String cut(String text) {
        return text.length() <= QUOTED_CHARS ? text : text.substring(0, QUOTED_CHARS) + "…";
    }
}
