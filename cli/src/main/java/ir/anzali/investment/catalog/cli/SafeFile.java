package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.csv.internal.PrivateFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the file an {@code --out} names safely and durably: into a temporary file beside it,
 * forced to disk, then renamed over it and the folder forced too, so that a reader sees the old
 * file or the new one, never half of one, even after a crash. A symbolic link is written through to
 * its target; anything that is not a regular file — a folder, a device, a pipe — is refused.
 *
 * <p>One run at a time writes a file ({@link WriteLock}). The temporary file,
 * {@code .catalog-NNN.tmp}, is owner-only ({@code rw-------}) from its creation whatever the umask,
 * is held locked while it is written, and gets its final permissions only just before the rename:
 * those of the file it replaces, or for a new file those the umask gives (learnt from an empty file
 * made the usual way and removed at once, the only file made with them). A run interrupted with
 * Ctrl-C or ended by {@code kill} deletes its temporary file as it ends ({@link PrivateFiles#delete});
 * those that a run killed outright left beside the file are removed by the next write there when
 * they belong to the same user, were last modified more than a minute ago and no process holds them
 * locked. Errors name the user's path only.
 */
final class SafeFile {

    private static final String PREFIX = ".catalog-";
    private static final String SUFFIX = ".tmp";
    private static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes the content of a file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Checks, just before the new file replaces the old, that it still may. */
    interface Guard {
        void check() throws UsageException, IOException;
    }

    private SafeFile() {
    }

    /**
     * Writes a file, waiting while another run writes it.
     *
     * @param name    the file as the user named it
     * @param content what to write
     * @throws UsageException when the name is not one of a regular file in an existing folder, or
     *                        another run kept writing it longer than {@link WriteLock#WAIT}
     * @throws IOException    when writing fails; the message names the user's path
     */
    static void write(String name, Content content) throws UsageException, IOException {
        try (WriteLock lock = WriteLock.acquire(name, check(name), WriteLock.WAIT)) {
            write(lock, content, () -> { });
        }
    }

    /**
     * Writes the file of a lock held by the caller.
     *
     * @param lock          the lock of the file, held
     * @param content       what to write
     * @param beforeReplace checked when the new content is on disk, just before it replaces the file;
     *                      when it throws, nothing is replaced
     * @throws UsageException when {@code beforeReplace} refuses
     * @throws IOException    when writing fails; the message names the user's path
     */
    static void write(WriteLock lock, Content content, Guard beforeReplace) throws UsageException, IOException {
        String name = lock.name();
        Path target = lock.target();
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null) {
            throw new UsageException("error.out.no-folder", "file", name);
        }
        Path temp = null;
        try {
            temp = PrivateFiles.create(folder, PREFIX, SUFFIX);
            PrivateFiles.removeLeftovers(folder, PREFIX + "*" + SUFFIX, LEFTOVER_AGE, temp);
            try (FileChannel channel = PrivateFiles.openLocked(temp)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
                beforeReplace.check();
                Set<PosixFilePermission> permissions = permissions(target, folder);
                if (permissions != null) {
                    Files.setPosixFilePermissions(temp, permissions);
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } catch (IOException e) {
            throw UserFiles.Failed.writing(name, e);
        } finally {
            if (temp != null) {
                PrivateFiles.delete(temp);
            }
        }
    }

    /**
     * Checks, before any work is done, that a name can be written: a regular file, or none yet, in a
     * folder that exists.
     *
     * @return the file the name leads to, symbolic links followed
     * @throws UsageException when it cannot be written
     */
    static Path check(String name) throws UsageException {
        return check(name, new String[0]);
    }

    /**
     * Checks, before any work is done, that a name can be written and is none of the other files the
     * run reads or writes, so that a slip of the keyboard cannot replace a user's data with the output.
     *
     * @param others the files the run reads or writes besides this one, as the user named them; null
     *               entries are ignored
     * @return the file the name leads to, symbolic links followed
     * @throws UsageException when it cannot be written or is one of the inputs
     */
    static Path check(String name, @Nullable String... others) throws UsageException {
        Path target = resolveLinks(UserFiles.path(name), name);
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new UsageException("error.out.not-file", "file", name);
        }
        for (String other : others) {
            if (other != null && sameFile(target, UserFiles.path(other))) {
                throw new UsageException("error.out.is-input", "file", name, "input", other);
            }
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("error.out.no-folder", "file", name);
        }
        return target;
    }

    /** Whether two names lead to one file: the same path, or an existing file reached two ways. */
    private static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file a name leads to, following symbolic links, even one whose target does not exist yet. */
    private static Path resolveLinks(Path path, String name) throws UsageException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == 40) {
                throw new UsageException("error.out.loop", "file", name);
            }
            try {
                Path link = Files.readSymbolicLink(current);
                Path parent = current.toAbsolutePath().getParent();
                current = parent == null ? link : parent.resolve(link);
            } catch (IOException e) {
                throw new UsageException("error.out.not-file", "file", name);
            }
        }
        return current;
    }

    /**
     * The permissions the written file gets: those of the file it replaces, or for a new file those
     * the umask gives, read from an empty file made the usual way; null without POSIX permissions.
     */
    private static @Nullable Set<PosixFilePermission> permissions(Path target, Path folder) throws IOException {
        Path model = Files.exists(target) ? target : null;
        if (model == null) {
            model = Files.createFile(folder.resolve(PREFIX + HexFormat.of().formatHex(RANDOM.generateSeed(6)) + SUFFIX));
        }
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(model, PosixFileAttributeView.class);
            return view == null ? null : view.readAttributes().permissions();
        } finally {
            if (model != target) {
                Files.deleteIfExists(model);
            }
        }
    }

    /** Forces the folder's entry of the renamed file to disk, where the platform allows it. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a folder; the rename itself is done.
        }
    }
}
