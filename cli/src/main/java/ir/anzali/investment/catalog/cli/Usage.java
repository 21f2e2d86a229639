package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.text.Delimiter;
import ir.anzali.investment.catalog.text.Named;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Tells a user, in one line in their language, what is wrong with the arguments and where help is. */
final class Usage {

    private Usage() {
    }

    /** Where the help of a command is: {@code (see ./catalog validate --help)}. */
    static String hint(Console c, CommandLine command) {
        String name = command.getParent() == null ? "" : command.getCommandName() + " ";
        return c.text("error.hint", "command", name);
    }

    static String describe(Console c, CommandLine.ParameterException e) {
        CommandLine command = e.getCommandLine();
        return message(c, e, command) + " " + hint(c, command);
    }

    private static String message(Console c, CommandLine.ParameterException e, CommandLine command) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            List<String> suggestions = u.getSuggestions();
            String suggestion = suggestions.isEmpty() ? ""
                    : c.text("error.suggestion", "candidates", String.join(", ", suggestions));
            if (first.startsWith("-")) {
                return c.text("error.unknown-option", "option", first.contains("=") ? first.substring(0,
                        first.indexOf('=')) : first, "suggestion", suggestion, "known", options(command))
                        + (isFile(first) ? c.text("error.dash-file", "file", first) : "");
            }
            if (command.getParent() == null) {
                return c.text("error.unknown-command", "command", first, "suggestion", suggestion);
            }
            OptionSpec flag = flagBefore(command, first);
            if (flag != null) {
                return c.text("error.choice", "option", flag.longestName(), "value", first, "choices", "true, false");
            }
            return c.text("error.extra-argument", "value", first);
        }
        if (e instanceof CommandLine.MissingParameterException && !command.getUnmatchedArguments().isEmpty()) {
            // An argument not understood is why a required one seems missing (validate -x.csv, validate
            // --colour): that argument is told, not what went missing through it.
            return message(c, new CommandLine.UnmatchedArgumentException(command, command.getUnmatchedArguments()),
                    command);
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return c.text("error.missing", "what", m.getMissing().stream().map(Usage::name)
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return c.text("error.twice", "option", name(o.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getCause() instanceof CommandLine.TypeConversionException t) {
            String value = e.getValue() == null ? "" : e.getValue();
            Class<?> type = e.getArgSpec().type();
            if (type == int.class || type == Integer.class) {
                return c.text("error.whole-number", "option", name(e.getArgSpec()), "value", value);
            }
            if (type.isEnum() && Named.class.isAssignableFrom(type)) {
                return c.text("error.unknown-value", unknown(name(e.getArgSpec()), value, CodeMatcher.of(
                        Arrays.stream(type.getEnumConstants()).map(Named.class::cast).toList()),
                        n -> n instanceof Delimiter d ? c.display().delimiter(String.valueOf(d.character()))
                                : Choice.Codes.label(n)));
            }
            if (type == boolean.class || type == Boolean.class) {
                return c.text("error.choice", "option", name(e.getArgSpec()), "value", value, "choices", "true, false");
            }
            return c.text("error.choice", "option", name(e.getArgSpec()), "value", value, "choices", t.getMessage());
        }
        return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }

    /** Whether an argument taken for an option names a file there is, such as {@code -x.csv}. */
    private static boolean isFile(String argument) {
        try {
            return Files.isRegularFile(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The values of {@code error.unknown-value} for a text that names none of the values of an
     * option: the option, the text, the closest value when one is close, and the values known. A
     * text of one or two characters, such as {@code |}, is too short to guess from: it gets no
     * suggestion.
     *
     * @param label how a value is written, such as its code or {@link Choice.Codes#label}
     */
    static Object[] unknown(String option, String text, CodeMatcher<? extends Named> matcher,
            Function<Named, String> label) {
        Optional<? extends Named> close = text.strip().length() < 3 ? Optional.empty() : matcher.suggest(text);
        return new Object[] {"option", option, "value", text,
            "suggestion", close.map(s -> new Console.Phrase("error.suggestion", "candidates", label.apply(s))).orElse(null),
            "known", matcher.values().stream().map(label).collect(Collectors.joining(", "))};
    }

    /**
     * The flag an unexpected argument follows, such as {@code --desc} before {@code maybe}: a flag
     * takes {@code true} or {@code false} only, so the argument was meant for it.
     */
    private static @Nullable OptionSpec flagBefore(CommandLine command, String argument) {
        List<String> args = command.getParseResult() == null ? List.of() : command.getParseResult().originalArgs();
        int at = args.indexOf(argument);
        if (at < 1) {
            return null;
        }
        OptionSpec option = command.getCommandSpec().findOption(args.get(at - 1));
        return option != null && (option.type() == boolean.class || option.type() == Boolean.class) ? option : null;
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName();
        }
        return spec instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(spec);
    }

    private static String options(CommandLine command) {
        return command.getCommandSpec().options().stream().map(OptionSpec::longestName).sorted()
                .collect(Collectors.joining(", "));
    }
}
