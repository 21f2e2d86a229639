package ir.anzali.investment.catalog.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * One run of the application: where it writes, the language chosen before the arguments were
 * parsed, whether a person watches (then long runs show progress), and its environment.
 *
 * @param out      standard output
 * @param err      standard error
 * @param locale   the language of output
 * @param terminal whether standard error is a terminal
 * @param env      the environment: the language, and the database's user name and password
 */
record Session(PrintStream out, PrintStream err, Locale locale, boolean terminal, Map<String, String> env) {

    Console console() {
        return new Console(out, err, locale, terminal);
    }
}
