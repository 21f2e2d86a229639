package ir.anzali.investment.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Reads the text resources the library's jars carry. Stateless and thread-safe. */
public final class Resources {

    private Resources() {
    }

    /**
     * The text of a resource, in UTF-8. The caller opens the resource with its own class's
     * {@code getResourceAsStream}, as a module may read only its own encapsulated resources.
     *
     * @param in   the opened resource, or null when it is missing; closed
     * @param name the resource's name, for messages, not null
     * @return the text, never null
     * @throws IllegalStateException when the resource is missing
     * @throws UncheckedIOException  when reading fails
     */
    public static String text(@Nullable InputStream in, String name) {
        try (in) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name, e);
        }
    }
}
