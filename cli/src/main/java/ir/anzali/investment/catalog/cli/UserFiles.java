package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.csv.internal.FileFormat;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.json.CatalogJsonException;
import ir.anzali.investment.catalog.text.Delimiter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The files a user names on the command line: checked before use, and named in every error. */
final class UserFiles {

    /**
     * What an import or a catalog file read may take in: the limits that fit the heap this run has,
     * so that a file too large for it ends with an error that names the limit.
     */
    static final CatalogLimits LIMITS = CatalogLimits.forHeap(Runtime.getRuntime().maxMemory());

    /**
     * The system's words for why a file cannot be written that are told in the user's language, and
     * the key of each; other words of the system are told as they are.
     */
    private static final Map<String, String> SYSTEM_REASONS = Map.of(
            "No space left on device", "reason.no-space",
            "Disk quota exceeded", "reason.quota",
            "Read-only file system", "reason.read-only",
            "Operation not permitted", "reason.not-permitted");

    private UserFiles() {
    }

    /**
     * The path of a name.
     *
     * @throws UsageException when the name cannot be a path here, such as a Persian name under a
     *                        locale that cannot encode it
     */
    static Path path(String name) throws UsageException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException("error.path", "file", name);
        }
    }

    /**
     * A file that must exist and be readable. A symbolic link that leads to no file — to one that is
     * not there, or round in a loop — is told as a link, not as a file that is not there.
     *
     * @param what what the file is, a key of the texts such as {@code what.catalog}
     */
    static Path readable(String name, String what) throws UsageException {
        Path p = path(name);
        String why = !Files.exists(p) ? Files.isSymbolicLink(p) ? "error.unreadable.link" : "error.unreadable.missing"
                : Files.isDirectory(p) ? "error.unreadable.folder"
                : !Files.isRegularFile(p) ? "error.unreadable.special"
                : !Files.isReadable(p) ? "error.unreadable.denied" : null;
        if (why != null) {
            throw new UsageException(why, "what", new Console.Phrase(what), "file", name);
        }
        return p;
    }

    /**
     * Reads a catalog file; a document that is not a valid catalog is a usage error that lists its
     * problems, and a CSV file or a workbook given instead of one says to import it first.
     */
    static Catalog catalog(String name) throws UsageException, IOException {
        Path path = readable(name, "what.catalog");
        try {
            return CatalogJson.standard().withLimits(LIMITS).read(path);
        } catch (CatalogJsonException e) {
            String sheet = sheetInstead(path);
            throw sheet != null ? new UsageException(sheet, "file", name)
                    : new UsageException("error.catalog", "file", name, "problem", e.getMessage());
        } catch (IOException e) {
            throw new Failed(name, e);
        }
    }

    /**
     * The key of the error for a file of rows given where a catalog is read: a workbook, or text whose
     * first line is no start of a JSON document but holds a delimiter, as a CSV file's header does;
     * null for anything else, whose problems as JSON are told.
     */
    private static @Nullable String sheetInstead(Path path) {
        byte[] head = new byte[FileFormat.HEAD_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return null;
        }
        if (FileFormat.isZip(head, n)) {
            return "error.catalog.workbook";
        }
        String start = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        String firstLine = start.lines().findFirst().orElse("");
        boolean json = start.startsWith("{") || start.startsWith("[") || firstLine.contains("{");
        boolean delimited = firstLine.chars().anyMatch(ch -> Delimiter.characters().indexOf(ch) >= 0);
        return !json && delimited && FileFormat.ofHead(head, n) == FileFormat.CSV ? "error.catalog.csv" : null;
    }

    /**
     * Why a file cannot be read or written, in the program's words or the operating system's (a plain
     * {@code IOException} of the platform, such as "No space left on device"), never a library's
     * exception text.
     */
    static String reason(IOException e) {
        String system = e.getClass() == IOException.class ? e.getMessage() : null;
        return e instanceof NoSuchFileException ? "no such file or folder"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : system != null ? system
                : "the system refused it (" + e.getClass().getSimpleName() + ")";
    }

    /** {@link #reason(IOException)} in the user's language, where the program knows the words. */
    static String reason(Console c, IOException e) {
        String said = reason(e);
        String key = e instanceof NoSuchFileException ? "reason.missing"
                : e instanceof AccessDeniedException ? "reason.denied" : SYSTEM_REASONS.get(said);
        return key == null ? said : c.text(key);
    }

    /** The file the system names, if any, and why it cannot be read or written, in the user's language. */
    static String where(Console c, IOException e) {
        return e instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " + reason(c, e)
                : reason(c, e);
    }

    /** A file the user named that cannot be read or written, told with the name the user gave. */
    static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;

        private final String name;
        private final IOException failure;
        private final boolean writing;

        Failed(String name, IOException cause) {
            this(name, cause, false);
        }

        private Failed(String name, IOException cause, boolean writing) {
            super(name + ": " + reason(cause), cause);
            this.name = name;
            this.failure = cause;
            this.writing = writing;
        }

        /** A file the user named for the run to write, which it could not: nothing was written to it. */
        static Failed writing(String name, IOException cause) {
            return new Failed(name, cause, true);
        }

        /** The failure in the user's language; for a file to write, with what to do. */
        String message(Console c) {
            String reason = reason(c, failure);
            return writing ? c.text("error.write", "file", name, "reason", reason)
                    : c.text("error.io", "problem", name + ": " + reason);
        }
    }
}
