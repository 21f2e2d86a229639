package ir.anzali.investment.catalog.jdbc;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the JDBC address of a store's database says before anything opens it, in one place for every
 * entry — {@link CatalogStore#of(String, String, String)}, the command line's {@code --db}, the Spring
 * Boot starter's {@code spring.datasource.url}: the H2 file an embedded H2 address names, and whether
 * the address is one the store refuses. Stateless and thread-safe.
 */
public final class StoreAddress {

    /**
     * The suffix H2 adds to the name of its file: an address that names the file with it
     * ({@code jdbc:h2:file:./catalog.mv.db}) would make {@code catalog.mv.db.mv.db}.
     */
    public static final String H2_SUFFIX = ".mv.db";

    private StoreAddress() {
    }

    /** The name of the file an address to write names when the address names a folder or nothing. */
    private static final String FILE_NAME = "catalog";

    /**
     * Refuses an address that would open another database than the one it names, or none: an
     * embedded H2 address whose file name ends in {@value #H2_SUFFIX}, or one that names no file —
     * nothing or blanks after {@code jdbc:h2:file:}, or a folder ({@code ./data/}, {@code .}, {@code ~}).
     *
     * @param url the JDBC address, not null
     * @return the address, unchanged
     * @throws StoreAddressException when the address is refused; it names the address to write
     */
    public static String check(String url) {
        String name = embeddedH2(url) ? h2Name(url) : null;
        if (name == null) {
            return url;
        }
        String prefix = url.startsWith("jdbc:h2:file:") ? "jdbc:h2:file:" : "jdbc:h2:";
        String settings = url.substring(prefix.length() + name.length());
        String path = name.strip();
        if (path.isEmpty() || path.equals(".") || path.equals("..") || path.equals("~") || path.endsWith("/")
                || path.endsWith("\\") || path.endsWith("/.") || path.endsWith("/..")) {
            String file = path.isEmpty() || path.equals(".") ? "./" + FILE_NAME
                    : path.endsWith("/") || path.endsWith("\\") ? path + FILE_NAME : path + "/" + FILE_NAME;
            throw new StoreAddressException(StoreAddressException.Reason.NO_FILE, url, file + H2_SUFFIX,
                    "jdbc:h2:file:" + file + settings);
        }
        if (name.endsWith(H2_SUFFIX)) {
            Path made = h2File(url, H2_SUFFIX);
            throw new StoreAddressException(StoreAddressException.Reason.H2_SUFFIX, url,
                    made == null ? name + H2_SUFFIX : made.normalize().toString(),
                    prefix + name.substring(0, name.length() - H2_SUFFIX.length()) + settings);
        }
        return url;
    }

    /**
     * Whether an address names an H2 database that this program opens itself, in a file or in memory,
     * rather than one on a server.
     *
     * @param url the JDBC address, not null
     * @return true for {@code jdbc:h2:} but {@code jdbc:h2:tcp:} and {@code jdbc:h2:ssl:}
     */
    public static boolean embeddedH2(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }

    /**
     * The path and name of the H2 file an address names, as written, without its settings:
     * {@code ./data/catalog} of {@code jdbc:h2:file:./data/catalog;MODE=PostgreSQL}.
     *
     * @param url the JDBC address, not null
     * @return the path and name, or null for an address of another kind (a server's, one in memory)
     */
    public static @Nullable String h2Name(String url) {
        String name;
        if (url.startsWith("jdbc:h2:file:")) {
            name = url.substring("jdbc:h2:file:".length());
        } else if (url.startsWith("jdbc:h2:") && url.indexOf(':', "jdbc:h2:".length()) < 0) {
            name = url.substring("jdbc:h2:".length());
        } else {
            return null;
        }
        int settings = name.indexOf(';');
        return settings < 0 ? name : name.substring(0, settings);
    }

    /**
     * A file of the H2 database that an address names in a file of its own: its absolute path, the
     * home folder for {@code ~}, with a suffix.
     *
     * @param url    the JDBC address, not null
     * @param suffix the suffix of the file, such as {@value #H2_SUFFIX} or {@code .trace.db}
     * @return the file; null for another address, one with the {@code baseDir} setting, or a name
     *         that is no path of this system
     */
    public static @Nullable Path h2File(String url, String suffix) {
        String name = embeddedH2(url) ? h2Name(url) : null;
        if (name == null || name.isEmpty() || url.toLowerCase(Locale.ROOT).contains(";basedir=")) {
            return null;
        }
        try {
            return Path.of((name.startsWith("~") ? System.getProperty("user.home") + name.substring(1) : name) + suffix)
                    .toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * The folder in which a file would be made: the nearest folder above it that is there, such as
     * the one to check that this user may write before H2 is asked to make its file there.
     *
     * @param file the file, not null
     * @return the folder; null when nothing above the file is there, or what is there is not a folder
     */
    public static @Nullable Path nearestFolder(Path file) {
        Path folder = file.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        return folder != null && Files.isDirectory(folder) ? folder : null;
    }
}
