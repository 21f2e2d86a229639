package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.internal.text.MessageBundle;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The database could not do what the store asked of it. The exception carries what the store was
 * doing ({@link #task()}, with the file or id concerned), what kind of failure it was
 * ({@link #failure()}) and the database's own exception as its cause; {@link #message(Locale)} says
 * so in Persian or English, with what to do, and {@link #getMessage()} in English. Whatever the store
 * was writing when it was thrown has been rolled back.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final MessageBundle MESSAGES = MessageBundle.load(
            name -> StoreException.class.getResourceAsStream(name), "messages");

    /** What the store was doing. */
    public enum Task {
        /** Opening the database to see what it holds. */
        OPENING,
        /** Creating or upgrading the catalog's tables. */
        MIGRATING,
        /** Importing a file, named by {@link #subject()}. */
        IMPORTING,
        /** Loading the whole catalog. */
        LOADING,
        /** Reading one opportunity, its id the {@link #subject()}. */
        READING,
        /** Counting the opportunities. */
        COUNTING,
        /** Running a query. */
        SEARCHING,
        /** Computing the summary. */
        SUMMING_UP
    }

    /** What kind of failure it was, from the database's SQL state. */
    public enum Failure {
        /** The database could not be reached: wrong address, not running, or refusing connections. */
        UNREACHABLE,
        /** There is no database at the address: PostgreSQL has no database of that name, or no H2 file is there. */
        NO_DATABASE,
        /** The database is open in another program: an H2 file opens in one program at a time. */
        IN_USE,
        /** The database refused the user name or password. */
        LOGIN_REFUSED,
        /** Another import held the store's lock for longer than the database waits for a lock. */
        BUSY,
        /**
         * An H2 file that can only be read: its address says {@code ACCESS_MODE_DATA=r}, or the user may
         * not write it; or, opened read-only, it is missing or empty.
         */
        READ_ONLY,
        /** The user may not create or open an H2 file: its folder or the file refuses the user. */
        NOT_PERMITTED,
        /** A folder stands where an H2 file should be: the address's name with {@code .mv.db} is a folder. */
        FOLDER,
        /** The database answered the store's statement with an error. */
        FAILED;

        /** PostgreSQL's state for a database that does not exist, and H2's for a file that is not there. */
        private static final Set<String> NO_DATABASE_STATES = Set.of("3D000", "90146");
        /** H2's state for a file another program holds open. */
        private static final String H2_ALREADY_OPEN = "90020";
        /** H2's state for a statement that would write a database opened read-only. */
        private static final String H2_READ_ONLY = "90097";

        /**
         * The kind of a failure whose cause is, or holds, a database exception.
         *
         * @param cause the exception, not null
         * @return the kind, never null
         */
        static Failure of(Throwable cause) {
            Failure file = ofFile(cause);
            if (file != null) {
                return file;
            }
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getSQLState() != null) {
                    String state = sql.getSQLState();
                    return state.startsWith("08") ? UNREACHABLE : state.startsWith("28") ? LOGIN_REFUSED
                            : NO_DATABASE_STATES.contains(state) ? NO_DATABASE
                            : H2_ALREADY_OPEN.equals(state) ? IN_USE
                            : H2_READ_ONLY.equals(state) ? READ_ONLY : FAILED;
                }
            }
            return FAILED;
        }

        /**
         * The kind of a failure of an H2 file's own, told by the file system's exception under the
         * database's: null for another failure.
         */
        private static @Nullable Failure ofFile(Throwable cause) {
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof AccessDeniedException) {
                    return NOT_PERMITTED;
                }
                if (t instanceof NoSuchFileException || t instanceof NonWritableChannelException) {
                    return READ_ONLY;
                }
                if (t instanceof FileSystemException f && f.getFile() != null && Files.isDirectory(Path.of(f.getFile()))) {
                    return FOLDER;
                }
            }
            return null;
        }
    }

    private final Task task;
    private final @Nullable String subject;
    private final Failure failure;

    /**
     * A failure whose kind is read from the database's exception.
     *
     * @param task    what the store was doing, not null
     * @param subject the file being imported or the id being read, or null when the task has none
     * @param cause   the database's exception, not null
     */
    public StoreException(Task task, @Nullable String subject, Throwable cause) {
        this(task, subject, Failure.of(cause), cause);
    }

    /**
     * A failure of a given kind.
     *
     * @param task    what the store was doing, not null
     * @param subject the file being imported or the id being read, or null when the task has none
     * @param failure what kind of failure, not null
     * @param cause   the database's exception, not null
     */
    protected StoreException(Task task, @Nullable String subject, Failure failure, Throwable cause) {
        super(text(task, subject, failure, cause, Locale.ENGLISH), Objects.requireNonNull(cause, "cause"));
        this.task = Objects.requireNonNull(task, "task");
        this.subject = subject;
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /**
     * What the store was doing.
     *
     * @return the task, never null
     */
    public Task task() {
        return task;
    }

    /**
     * The file being imported or the id being read.
     *
     * @return the subject, or null when the task has none
     */
    public @Nullable String subject() {
        return subject;
    }

    /**
     * What kind of failure it was.
     *
     * @return the kind, never null
     */
    public Failure failure() {
        return failure;
    }

    /**
     * The message in a locale's language, Persian for {@code fa} and English otherwise: what the store
     * was doing, what went wrong and what to do; for {@link Failure#FAILED}, the database's own answer.
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        return text(task, subject, failure, getCause(), locale);
    }

    /** The file that the file system's exception under a failure names, or an empty text. */
    private static String file(@Nullable Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f && f.getFile() != null) {
                return f.getFile();
            }
        }
        return "";
    }

    private static String text(Task task, @Nullable String subject, Failure failure, @Nullable Throwable cause,
            Locale locale) {
        String doing = MESSAGES.get("task." + task.name().toLowerCase(Locale.ROOT).replace('_', '-'), locale,
                "subject", subject);
        String answer = cause == null || cause.getMessage() == null ? "" : cause.getMessage().strip();
        return MESSAGES.get("failure." + failure.name().toLowerCase(Locale.ROOT).replace('_', '-'), locale,
                "task", doing, "subject", subject, "answer", answer, "file", file(cause));
    }
}
