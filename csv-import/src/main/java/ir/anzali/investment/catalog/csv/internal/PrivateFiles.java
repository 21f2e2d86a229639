package ir.anzali.investment.catalog.csv.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Temporary files readable and writable by their owner only from the moment they exist, whatever
 * the umask: the permissions are given to the system call that creates the file, never set
 * afterwards. On a file system without POSIX permissions the file gets the system's default for
 * temporary files (on Windows, the owner's profile folder is private by default).
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private PrivateFiles() {
    }

    /**
     * Creates a new empty temporary file, owner-only from its creation.
     *
     * @param directory where, not null
     * @param prefix    the start of its name, not null
     * @param suffix    the end of its name, not null
     * @return the new file, never null
     * @throws IOException when it cannot be created
     */
    public static Path create(Path directory, String prefix, String suffix) throws IOException {
        return POSIX && Files.getFileStore(directory).supportsFileAttributeView("posix")
                ? Files.createTempFile(directory, prefix, suffix, OWNER_ONLY)
                : Files.createTempFile(directory, prefix, suffix);
    }
}
