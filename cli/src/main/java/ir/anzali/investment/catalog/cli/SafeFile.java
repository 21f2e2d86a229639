package ir.anzali.investment.catalog.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the file an {@code --out} names safely and durably: into a temporary file beside it,
 * forced to disk, then renamed over it and the folder forced too, so that a reader sees the old
 * file or the new one, never half of one, even after a crash. A symbolic link is written through to
 * its target; anything that is not a regular file — a folder, a device, a pipe — is refused. A
 * replaced file keeps its permissions; a new one gets those the umask gives. Temporary files left by
 * a run that was killed are removed once they are a minute old. Errors name the user's path only.
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

    private SafeFile() {
    }

    /**
     * Writes a file.
     *
     * @param name    the file as the user named it
     * @param content what to write
     * @throws UsageException when the name is not one of a regular file in an existing folder
     * @throws IOException    when writing fails; the message names the user's path
     */
    static void write(String name, Content content) throws UsageException, IOException {
        Path target = check(name);
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null) {
            throw new UsageException("error.out.no-folder", "file", name);
        }
        Set<PosixFilePermission> keep = permissions(target);
        removeLeftovers(folder);
        Path temp = folder.resolve(PREFIX + HexFormat.of().formatHex(RANDOM.generateSeed(6)) + SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (keep != null) {
                Files.setPosixFilePermissions(temp, keep);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(folder);
        } catch (IOException e) {
            throw new IOException(UserFiles.describe(name, e), e);
        } finally {
            Files.deleteIfExists(temp);
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

    private static @Nullable Set<PosixFilePermission> permissions(Path target) throws IOException {
        if (!Files.exists(target)) {
            return null;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes().permissions();
    }

    /** Removes temporary files of earlier runs older than a minute; a file of a run under way is younger. */
    private static void removeLeftovers(Path folder) {
        Instant before = Instant.now().minus(LEFTOVER_AGE);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path leftover : old) {
                FileTime time = Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS);
                if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)
                        && time.toInstant().isBefore(before)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException e) {
            // Leftovers are only tidied up; a folder that cannot be listed is no reason to fail.
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
