package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.text.Delimiter;
import ir.anzali.investment.catalog.text.Named;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * A value of an option chosen from a few, such as {@code text} or {@code json}: matched ignoring
 * case, and refused with the list of the choices.
 */
interface Choice {

    /** The choice as the user writes it, such as {@code all-or-nothing}. */
    String label();

    /**
     * Converts the text of an option into a choice of an enum: its label or its name, in any case,
     * with {@code -} for {@code _}.
     *
     * @param <E> the enum of choices
     */
    final class Converter<E extends Enum<E> & Choice> implements CommandLine.ITypeConverter<E> {
        private final Class<E> type;

        Converter(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            String wanted = value.strip();
            for (E choice : type.getEnumConstants()) {
                if (choice.label().equalsIgnoreCase(wanted) || choice.name().equalsIgnoreCase(wanted.replace('-', '_'))) {
                    return choice;
                }
            }
            throw new CommandLine.TypeConversionException(labels(type));
        }

        static <E extends Enum<E> & Choice> String labels(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).map(Choice::label).collect(Collectors.joining(", "));
        }
    }

    /** The format of what a command prints. */
    enum Format implements Choice {
        TEXT, JSON, HTML;

        @Override
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The format of a file written. */
    enum FileFormat implements Choice {
        CSV, XLSX;

        @Override
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format a file's name asks for: xlsx for {@code .xlsx}, else csv. */
        static FileFormat of(String file) {
            return file.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
        }
    }

    /** The language of output. */
    enum Language implements Choice {
        FA, EN;

        @Override
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The language of the header row a CSV file is written with. */
    enum Headers implements Choice {
        EN, FA;

        @Override
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Converts the text of an option into a constant of a library enum through the library's own
     * codes and names ({@link CodeMatcher}): {@code skip-invalid}, {@code SKIP_INVALID} or
     * {@code Skip invalid}; for a delimiter ({@link Delimiter}) also the character itself. A text
     * that names none is refused; {@link Usage} then suggests the closest value.
     *
     * @param <E> the library enum
     */
    final class Codes<E extends Enum<E> & Named> implements CommandLine.ITypeConverter<E> {
        private final Class<E> type;
        private final CodeMatcher<E> matcher;

        Codes(Class<E> type) {
            this.type = type;
            this.matcher = CodeMatcher.ofEnum(type);
        }

        @Override
        public E convert(String value) {
            String wanted = value.strip();
            if (Delimiter.class.equals(type) && value.length() == 1) {
                Delimiter d = Delimiter.of(value.charAt(0)).orElse(null);
                if (d != null) {
                    return type.cast(d);
                }
            }
            return matcher.find(wanted).orElseThrow(() -> new CommandLine.TypeConversionException(wanted));
        }

        /** The values of an option as its help and its errors write them: {@code all-or-nothing}, {@code ,} or {@code tab}. */
        static String label(Named value) {
            if (value instanceof Delimiter d && d != Delimiter.TAB) {
                return String.valueOf(d.character());
            }
            return value.code().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
