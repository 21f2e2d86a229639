package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.json.CatalogJsonException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The files a user names on the command line: checked before use, and named in every error. */
final class UserFiles {

    /**
     * What an import or a catalog file read may take in: the limits that fit the heap this run has,
     * so that a file too large for it ends with an error that names the limit.
     */
    static final CatalogLimits LIMITS = CatalogLimits.forHeap(Runtime.getRuntime().maxMemory());

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

    /** Reads a catalog file; a document that is not a valid catalog is a usage error that lists its problems. */
    static Catalog catalog(String name) throws UsageException, IOException {
        Path path = readable(name, "what.catalog");
        try {
            return CatalogJson.standard().withLimits(LIMITS).read(path);
        } catch (CatalogJsonException e) {
            throw new UsageException("error.catalog", "file", name, "problem", e.getMessage());
        } catch (IOException e) {
            throw new Failed(name, e);
        }
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

    /** The file the system names, if any, and why it cannot be read or written. */
    static String where(IOException e) {
        return e instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " + reason(e) : reason(e);
    }

    /** A file the user named that cannot be read or written, told with the name the user gave. */
    static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;

        Failed(String name, IOException cause) {
            super(name + ": " + reason(cause), cause);
        }
    }
}
