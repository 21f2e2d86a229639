package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.csv.internal.PrivateFiles;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Lets one run at a time write a file: an exclusive lock on an empty lock file beside it,
 * {@code .NAME.lock}, owner-only when created. The lock file stays when the run ends (removing it
 * would let a waiting run and a new one lock two different files); the lock itself ends with the
 * run, however it ends — the system releases it when a process dies — so a crash never leaves a
 * file locked. A run that finds the lock held waits for it, up to a bound, then fails with
 * {@code error.out.busy}.
 */
final class WriteLock implements AutoCloseable {

    /** How long a run waits for another that writes the same file. */
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 50;

    private final String name;
    private final Path target;
    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(String name, Path target, FileChannel channel, FileLock lock) {
        this.name = name;
        this.target = target;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks a file for writing, waiting while another run holds it.
     *
     * @param name   the file as the user named it
     * @param target the file it leads to, symbolic links followed ({@link SafeFile#check(String)})
     * @param wait   how long to wait at most
     * @return the lock, to be closed when the file is written
     * @throws UsageException when another run still holds it after {@code wait}
     * @throws IOException    when the lock file cannot be opened; the message names the user's file
     */
    static WriteLock acquire(String name, Path target, Duration wait) throws UsageException, IOException {
        Path file = lockFile(target);
        FileChannel channel;
        try {
            channel = PrivateFiles.openOrCreate(file);
        } catch (IOException e) {
            throw UserFiles.Failed.writing(name, e);
        }
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new WriteLock(name, target, channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new UsageException("error.out.busy", "file", name, "lock", file.toString(),
                            "seconds", wait.toSeconds());
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (UsageException | IOException | RuntimeException e) {
            channel.close();
            throw e;
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(name + ": interrupted while waiting for another run to write it");
        }
    }

    /** The lock, or null while another run holds it, in this process or another. */
    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The lock file of a file: {@code .NAME.lock} in its folder. */
    static Path lockFile(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /** The file as the user named it. */
    String name() {
        return name;
    }

    /** The file it leads to, symbolic links followed. */
    Path target() {
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
