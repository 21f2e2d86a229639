package ir.anzali.investment.catalog.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One run of the application: where it writes, the language chosen before the arguments were
 * parsed, and whether a person watches (then long runs show progress).
 *
 * @param out      standard output
 * @param err      standard error
 * @param locale   the language of output
 * @param terminal whether standard error is a terminal
 */
record Session(PrintStream out, PrintStream err, Locale locale, boolean terminal) {

    Console console() {
        return new Console(out, err, locale, terminal);
    }
}
