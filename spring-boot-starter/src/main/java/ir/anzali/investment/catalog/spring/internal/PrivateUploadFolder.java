package ir.anzali.investment.catalog.spring.internal;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Puts the parts of multipart requests in a folder only the server's user may enter: the servlet
 * container writes each part as a file readable by everyone under the usual umask, so the starter
 * replaces the {@link MultipartConfigElement}'s location by a new folder of its own, created
 * owner-only ({@code rwx------}, {@link Files#createTempDirectory}) inside the configured location
 * ({@code spring.servlet.multipart.location}, taken from the working directory when relative) or,
 * when none is configured, inside the given folder. The folder and what is left in it are removed
 * when the application stops.
 */
public final class PrivateUploadFolder implements BeanPostProcessor, DisposableBean {

    /** The start of the name of each folder made. */
    public static final String PREFIX = "catalog-uploads-";

    private final Path fallback;
    private final List<Path> made = new ArrayList<>();

    /**
     * Folders made inside the configured location, else inside a fallback.
     *
     * @param fallback where the folder is made when no location is configured, not null
     */
    public PrivateUploadFolder(Path fallback) {
        this.fallback = fallback;
    }

    /**
     * The multipart settings with their location replaced by a new owner-only folder; any other
     * bean as it is.
     *
     * @param bean the bean, not null
     * @param name its name
     * @return the bean, or new multipart settings with the same limits
     * @throws UncheckedIOException when the folder cannot be made; the message names its parent
     */
    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof MultipartConfigElement settings)) {
            return bean;
        }
        String location = settings.getLocation();
        Path parent = location == null || location.isEmpty() ? fallback : Path.of(location).toAbsolutePath();
        try {
            Files.createDirectories(parent);
            Path folder = Files.createTempDirectory(parent, PREFIX);
            synchronized (made) {
                made.add(folder);
            }
            return new MultipartConfigElement(folder.toString(), settings.getMaxFileSize(),
                    settings.getMaxRequestSize(), settings.getFileSizeThreshold());
        } catch (IOException e) {
            throw new UncheckedIOException("The owner-only folder for uploaded parts cannot be made in " + parent
                    + ": give spring.servlet.multipart.location a folder the server may write to", e);
        }
    }

    /** Removes the folders made and what is left in them; a file that cannot be removed stays. */
    @Override
    public void destroy() {
        synchronized (made) {
            for (Path folder : made) {
                try (Stream<Path> inside = Files.walk(folder)) {
                    inside.sorted(Comparator.reverseOrder()).forEach(PrivateUploadFolder::deleteQuietly);
                } catch (IOException e) {
                    // The folder is already gone, or unreadable: nothing more to remove.
                }
            }
            made.clear();
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left for the operating system's cleaning of temporary folders.
        }
    }
}
