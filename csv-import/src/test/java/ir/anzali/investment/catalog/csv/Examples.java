package ir.anzali.investment.catalog.csv;

import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled example files of the repository's {@code examples/} folder. */
public final class Examples {

    private Examples() {
    }

    /** The examples folder, found from the module's working directory. */
    public static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("examples");
            if (Files.isRegularFile(candidate.resolve("opportunities.csv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
    }

    public static Path opportunities() {
        return dir().resolve("opportunities.csv");
    }

    public static Path incentives() {
        return dir().resolve("incentives.csv");
    }
}
