package ir.anzali.investment.catalog.cli;

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

    /** What a CSV file holds. */
    enum Kind implements Choice {
        OPPORTUNITIES, INCENTIVES;

        @Override
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        ir.anzali.investment.catalog.csv.Kind kind() {
            return ir.anzali.investment.catalog.csv.Kind.valueOf(name());
        }
    }

    /** What an import does with errors. */
    enum Mode implements Choice {
        ALL_OR_NOTHING, SKIP_INVALID;

        @Override
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
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

    /** What search results are sorted by. */
    enum Sort implements Choice {
        ID, INVESTMENT, PUBLISHED, DEADLINE, DIRECT_JOBS, YOUTH_JOBS;

        @Override
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The part an agency plays in the opportunities searched. */
    enum Role implements Choice {
        LEAD, PARTNER, ANY;

        @Override
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The delimiter of a CSV file. */
    enum Delimiter implements Choice {
        COMMA(','), SEMICOLON(';'), TAB('\t'), ARABIC_SEMICOLON('\u061B');

        private final char character;

        Delimiter(char character) {
            this.character = character;
        }

        char character() {
            return character;
        }

        @Override
        public String label() {
            return this == TAB ? "tab" : String.valueOf(character);
        }
    }
}
