package ir.anzali.investment.catalog.jdbc;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** The start of an address of H2 in memory. */
    private static final String MEMORY = "jdbc:h2:mem:";
    /** The start of an address of an H2 database inside a zip archive. */
    private static final String ARCHIVE = "jdbc:h2:zip:";

    /**
     * Refuses an address that would open another database than the one it names, or none, or one that
     * vanishes under the store: an embedded H2 address (a file's, also through H2's file systems
     * {@code split:}, {@code nio:}, {@code nioMapped:} and {@code async:}) whose file name ends in
     * {@value #H2_SUFFIX}, or one that names no file — nothing or blanks after {@code jdbc:h2:file:}, or a
     * folder ({@code ./data/}, {@code .}, {@code ~}); and an H2 database in memory without a name, which
     * is private to each connection, or without {@code ;DB_CLOSE_DELAY=-1}, which H2 deletes with its last
     * connection. An H2 server's address ({@code jdbc:h2:tcp:}, {@code jdbc:h2:ssl:}) and a database in a
     * zip archive ({@code jdbc:h2:zip:}, only read: see {@link #checkWritable}) are kept.
     *
     * @param url the JDBC address, not null
     * @return the address, unchanged
     * @throws StoreAddressException when the address is refused; it names the address to write
     */
    public static String check(String url) {
        if (url.startsWith(MEMORY)) {
            return memory(url);
        }
        H2File h2 = H2File.of(url);
        if (h2 == null) {
            return url;
        }
        String path = h2.path().strip();
        if (path.isEmpty() || path.equals(".") || path.equals("..") || path.equals("~") || path.endsWith("/")
                || path.endsWith("\\") || path.endsWith("/.") || path.endsWith("/..")) {
            String file = path.isEmpty() || path.equals(".") ? "./" + FILE_NAME
                    : path.endsWith("/") || path.endsWith("\\") ? path + FILE_NAME : path + "/" + FILE_NAME;
            throw new StoreAddressException(StoreAddressException.Reason.NO_FILE, url, file + H2_SUFFIX,
                    h2.written(file));
        }
        if (h2.path().endsWith(H2_SUFFIX)) {
            Path made = h2File(url, H2_SUFFIX);
            throw new StoreAddressException(StoreAddressException.Reason.H2_SUFFIX, url,
                    made == null ? h2.path() + H2_SUFFIX : made.normalize().toString(),
                    h2.prefix() + h2.path().substring(0, h2.path().length() - H2_SUFFIX.length()) + h2.settings());
        }
        return url;
    }

    /**
     * Refuses, besides what {@link #check} refuses, an address of a database that can only be read
     * whatever its permissions: an H2 database inside a zip archive ({@code jdbc:h2:zip:./catalog.zip!/catalog}),
     * which H2 opens read-only. What writes — an import, a migration — checks its address so before
     * anything opens.
     *
     * @param url the JDBC address, not null
     * @return the address, unchanged
     * @throws StoreAddressException when the address is refused; for an archive it names the file address
     *                               to import into instead, beside the archive
     */
    public static String checkWritable(String url) {
        check(url);
        if (!h2Archive(url)) {
            return url;
        }
        String archive = url.substring(ARCHIVE.length());
        int settings = archive.indexOf(';');
        String path = settings < 0 ? archive : archive.substring(0, settings);
        int entry = path.indexOf("!/");
        String name = entry < 0 ? FILE_NAME : path.substring(entry + 2);
        String zip = entry < 0 ? path : path.substring(0, entry);
        int slash = Math.max(zip.lastIndexOf('/'), zip.lastIndexOf('\\'));
        String folder = slash < 0 ? "./" : zip.substring(0, slash + 1);
        throw new StoreAddressException(StoreAddressException.Reason.ARCHIVE, url, zip,
                "jdbc:h2:file:" + folder + (name.isBlank() ? FILE_NAME : name) + (settings < 0 ? "" : archive.substring(settings)));
    }

    /**
     * The address a store of an address opens: for a database in a zip archive, which H2 can neither
     * make nor write its trace file in, with {@code ;IFEXISTS=TRUE} (a missing one is then told as
     * missing, not as a failure to write the archive) and {@code ;TRACE_LEVEL_FILE=0} (H2 would print the
     * stack trace of its failure to write the trace file on the standard error), unless the address sets
     * them; any other address as it is.
     */
    static String opened(String url) {
        if (!h2Archive(url)) {
            return url;
        }
        return url + (sets(url, "IFEXISTS=") ? "" : ";IFEXISTS=TRUE")
                + (sets(url, "TRACE_LEVEL_FILE=") ? "" : ";TRACE_LEVEL_FILE=0");
    }

    /**
     * Whether an H2 address sets a setting, read as H2 reads its settings: in any letter case, with
     * blanks anywhere.
     *
     * @param url     the JDBC address, not null
     * @param setting the setting's name and {@code =}, with a value or the start of one, in capitals:
     *                {@code DB_CLOSE_DELAY=-1}, {@code IFEXISTS=}
     */
    static boolean sets(String url, String setting) {
        return url.toUpperCase(Locale.ROOT).replace(" ", "").contains(";" + setting);
    }

    /** Refuses an address of H2 in memory that the catalog would vanish from; see {@link #check}. */
    private static String memory(String url) {
        int settings = url.indexOf(';');
        String name = (settings < 0 ? url : url.substring(0, settings)).substring(MEMORY.length()).strip();
        String rest = settings < 0 ? "" : url.substring(settings);
        boolean kept = sets(rest, "DB_CLOSE_DELAY=-1");
        if (!name.isEmpty() && kept) {
            return url;
        }
        throw new StoreAddressException(StoreAddressException.Reason.MEMORY, url, "",
                MEMORY + (name.isEmpty() ? FILE_NAME : name) + rest + (kept ? "" : ";DB_CLOSE_DELAY=-1"));
    }

    /** Whether an address names a database on an H2 server ({@code jdbc:h2:tcp:}, {@code jdbc:h2:ssl:}). */
    static boolean h2Server(String url) {
        return url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:");
    }

    /** Whether an address names an H2 database inside a zip archive ({@code jdbc:h2:zip:}), which H2 only reads. */
    static boolean h2Archive(String url) {
        return url.startsWith(ARCHIVE);
    }

    /**
     * Whether an address names an H2 database that this program opens itself, in a file or in memory,
     * rather than one on a server.
     *
     * @param url the JDBC address, not null
     * @return true for {@code jdbc:h2:} but {@code jdbc:h2:tcp:} and {@code jdbc:h2:ssl:}
     */
    public static boolean embeddedH2(String url) {
        return url.startsWith("jdbc:h2:") && !h2Server(url);
    }

    /**
     * The path and name of the H2 file an address names, as written, without its settings and H2's file
     * systems: {@code ./data/catalog} of {@code jdbc:h2:file:./data/catalog;MODE=PostgreSQL} and of
     * {@code jdbc:h2:split:./data/catalog}.
     *
     * @param url the JDBC address, not null
     * @return the path and name, or null for an address of another kind (a server's, one in memory or in
     *         a zip archive)
     */
    public static @Nullable String h2Name(String url) {
        H2File h2 = H2File.of(url);
        return h2 == null ? null : h2.path();
    }

    /**
     * An embedded H2 address of a file taken apart.
     *
     * @param prefix   what comes before the path: {@code jdbc:h2:}, {@code jdbc:h2:file:}, with H2's file
     *                 systems that keep the database in a file at the path ({@code split:28:})
     * @param path     the path and name of the file as written, without H2's suffix
     * @param settings the settings after the path, from the first {@code ;}, or an empty text
     */
    private record H2File(String prefix, String path, String settings) {

        /** H2's file systems that keep the database in a file at its path: split's first part is that file. */
        private static final Pattern FILE_SYSTEM = Pattern.compile("(?:split:(?:[0-9]+:)?|nio:|nioMapped:|async:)");

        /** The parts of an address of an H2 file; null for an address of another kind. */
        static @Nullable H2File of(String url) {
            if (!url.startsWith("jdbc:h2:") || h2Server(url) || url.startsWith(MEMORY) || h2Archive(url)) {
                return null;
            }
            int start = "jdbc:h2:".length();
            boolean file = url.startsWith("file:", start);
            if (file) {
                start += "file:".length();
            }
            Matcher system = FILE_SYSTEM.matcher(url);
            while (system.region(start, url.length()).lookingAt()) {
                start = system.end();
            }
            int settings = url.indexOf(';', start);
            String path = settings < 0 ? url.substring(start) : url.substring(start, settings);
            if (!file && start == "jdbc:h2:".length() && path.indexOf(':') >= 0) {
                return null;
            }
            return new H2File(url.substring(0, start), path, settings < 0 ? "" : withoutEmpty(url.substring(settings)));
        }

        /**
         * Settings as an address to write carries them: without the empty ones that a stray {@code ;}
         * leaves ({@code jdbc:h2:;}, {@code ;;}), a backslash standing for the character after it as H2
         * reads them.
         */
        private static String withoutEmpty(String settings) {
            StringBuilder out = new StringBuilder(settings.length());
            int from = 0;
            for (int i = 1; i <= settings.length(); i++) {
                if (i == settings.length() || settings.charAt(i) == ';') {
                    if (!settings.substring(from + 1, i).isBlank()) {
                        out.append(settings, from, i);
                    }
                    from = i;
                } else if (settings.charAt(i) == '\\' && i + 1 < settings.length()) {
                    i++;
                }
            }
            return out.toString();
        }

        /** The address of another file through the same file systems: {@code jdbc:h2:file:} where none was said. */
        String written(String file) {
            return (prefix.equals("jdbc:h2:") ? "jdbc:h2:file:" : prefix) + file + settings;
        }
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
        Path there = nearestAbove(file);
        return there != null && Files.isDirectory(there) ? there : null;
    }

    /**
     * What is there nearest above a file that is not: the folder it would be made in, or a file that
     * stands where a folder of its path should be, which no file can then be made under.
     *
     * @param file the file, not null
     * @return the nearest path above the file that is there, folder or not; null when none is
     */
    public static @Nullable Path nearestAbove(Path file) {
        Path above = file.getParent();
        while (above != null && !Files.exists(above)) {
            above = above.getParent();
        }
        return above;
    }
}
