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
     * A file that must exist and be readable.
     *
     * @param what what the file is, a key of the texts such as {@code what.catalog}
     */
    static Path readable(String name, String what) throws UsageException {
        Path p = path(name);
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new UsageException("error.unreadable", "what", what, "file", name);
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
            throw new IOException(describe(name, e), e);
        }
    }

    /** An I/O error in words about the user's path, never an internal file. */
    static String describe(String name, IOException e) {
        return name + ": " + reason(e);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
