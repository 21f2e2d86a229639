package ir.anzali.investment.catalog.csv.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files readable and writable by their owner only from the moment they exist, whatever
 * the umask: the permissions are given to the system call that creates the file, never set
 * afterwards. On a file system without POSIX permissions the file gets the system's default for
 * temporary files (on Windows, the owner's profile folder is private by default).
 *
 * <p>A file in use is held open with an exclusive lock ({@link #openLocked(Path)}), so that
 * {@link #removeLeftovers} can tell the leftovers of a run that crashed from the files of a run
 * under way.
 *
 * <p>A file made by {@link #create} and not yet removed by {@link #delete} is deleted when the program
 * ends, also when it is interrupted (Ctrl-C, or a {@code kill} that lets it end), so that an interrupted
 * run leaves no temporary file behind; only a run killed outright ({@code kill -9}, a crash) leaves
 * them for {@link #removeLeftovers}.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final Set<OpenOption> READ_WRITE = Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE);
    private static final Set<OpenOption> CREATE = Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE,
            StandardOpenOption.CREATE);

    /** The files made by {@link #create} that are not deleted yet. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(PrivateFiles::deleteLive, "catalog-temporary-files"));
        } catch (IllegalStateException e) {
            // The program is ending already: its files are deleted by the code that made them, or left.
        }
    }

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
        Path file = posix(directory)
                ? Files.createTempFile(directory, prefix, suffix, OWNER_ONLY)
                : Files.createTempFile(directory, prefix, suffix);
        LIVE.add(file);
        return file;
    }

    /**
     * Deletes a file made by {@link #create}, if it is still there. One that cannot be deleted now (a
     * file still mapped, on some systems) is deleted again when the program ends.
     *
     * @param file the file, not null
     * @throws IOException when it cannot be deleted
     */
    public static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        LIVE.remove(file);
    }

    /**
     * Deletes the files made by {@link #create} and not deleted yet; what the program runs when it
     * ends. A file that cannot be deleted is left.
     */
    static void deleteLive() {
        for (Path file : LIVE) {
            try {
                Files.deleteIfExists(file);
                LIVE.remove(file);
            } catch (IOException | RuntimeException e) {
                // Left for removeLeftovers of a later run.
            }
        }
    }

    /** Whether a file made by {@link #create} is not deleted yet. */
    static boolean live(Path file) {
        return LIVE.contains(file);
    }

    /**
     * Opens a file to read and write it, creating it owner-only when it does not exist; an existing
     * file keeps its permissions. For lock files, whose name is fixed.
     *
     * @param file the file, not null
     * @return the open channel, never null
     * @throws IOException when it cannot be opened or created
     */
    public static FileChannel openOrCreate(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && posix(folder)
                ? FileChannel.open(file, CREATE, OWNER_ONLY)
                : FileChannel.open(file, CREATE);
    }

    /**
     * Opens a file made by {@link #create} to write it, with an exclusive lock held until the channel
     * is closed, which marks it as in use for {@link #removeLeftovers}. Within this process the lock
     * holds until the channel is closed; on POSIX systems other processes may stop seeing it once
     * this process closes another channel of the same file (a lock there belongs to the process, not
     * the channel), which is why leftovers must also be old before they are removed.
     *
     * @param file the file, not null
     * @return the open channel, never null
     * @throws IOException when it cannot be opened
     */
    public static FileChannel openLocked(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, READ_WRITE);
        try {
            channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            // A file system without locks: the age of a leftover still protects the file.
        }
        return channel;
    }

    /**
     * Removes the leftovers of runs that crashed: the regular files of a folder whose names match a
     * pattern, that belong to the owner of {@code mine}, that were last modified longer ago than
     * {@code age}, and that no process holds locked. Only tidying: a file that cannot be examined or
     * removed is left alone, and nothing is thrown.
     *
     * @param folder  where, not null
     * @param pattern the names, a glob such as {@code .catalog-*.tmp}, not null
     * @param age     how old a leftover is at least, not null
     * @param mine    a file this run just created in the folder, whose owner is this run's user, not null
     */
    public static void removeLeftovers(Path folder, String pattern, Duration age, Path mine) {
        Instant before = Instant.now().minus(age);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, pattern)) {
            UserPrincipal owner = Files.getOwner(mine, LinkOption.NOFOLLOW_LINKS);
            for (Path file : files) {
                if (!file.getFileName().equals(mine.getFileName())
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && owner.equals(Files.getOwner(file, LinkOption.NOFOLLOW_LINKS))
                        && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                    removeUnlessLocked(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers are only tidied up; a folder that cannot be listed is no reason to fail.
        }
    }

    private static void removeUnlessLocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
                FileLock lock = channel.tryLock()) {
            if (lock != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // Locked by this process, or not ours to open: a run under way, left alone.
        }
    }

    private static boolean posix(Path directory) throws IOException {
        return POSIX && Files.getFileStore(directory).supportsFileAttributeView("posix");
    }
}
