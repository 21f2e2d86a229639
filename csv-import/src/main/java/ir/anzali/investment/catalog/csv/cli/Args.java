package ir.anzali.investment.catalog.csv.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one command: positional values, and {@code --name value} options from a known
 * set. Unknown options and missing values are usage errors.
 */
final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final boolean help;

    Args(List<String> args, Set<String> known) throws UsageException {
        boolean wantsHelp = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                wantsHelp = true;
            } else if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!known.contains(name)) {
                    throw new UsageException("unknown option --" + name + (known.isEmpty() ? ""
                            : "; known: --" + String.join(", --", new java.util.TreeSet<>(known))));
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (options.put(name, value) != null) {
                    throw new UsageException("option --" + name + " is given twice");
                }
            } else {
                positional.add(a);
            }
        }
        this.help = wantsHelp;
    }

    boolean help() {
        return help;
    }

    List<String> positional() {
        return positional;
    }

    String option(String name) {
        return options.get(name);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    String choice(String name, String fallback, String... allowed) throws UsageException {
        String value = option(name, fallback);
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw new UsageException("--" + name + " must be one of " + String.join(", ", allowed) + ", not '" + value
                + "'");
    }

    /** A file that must exist and be readable. */
    static Path readable(String value, String what) throws UsageException {
        Path p = Path.of(value);
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new UsageException("cannot read " + what + " '" + value + "': no such readable file");
        }
        return p;
    }

    String requiredOption(String name) throws UsageException {
        String v = option(name);
        if (v == null) {
            throw new UsageException("option --" + name + " is required");
        }
        return v;
    }

    String onePositional(String what) throws UsageException {
        if (positional.size() != 1) {
            throw new UsageException("give exactly one " + what + (positional.isEmpty() ? "" : "; got " + positional));
        }
        return positional.get(0);
    }
}
