package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.internal.text.MessageBundle;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
        /**
         * The database could not be reached: wrong address, not running, refusing connections, shutting
         * down or starting up, or its connection broken (an H2 server gone, an H2 database closed).
         */
        UNREACHABLE,
        /**
         * There is no database at the address: PostgreSQL has no database of that name (or it was
         * dropped), no H2 file is there, an H2 server has no database of that name and creates none for
         * a program connecting to it, or a zip archive holds no H2 database of that name.
         */
        NO_DATABASE,
        /** The database is open in another program: an H2 file opens in one program at a time. */
        IN_USE,
        /** The database refused the user name or password. */
        LOGIN_REFUSED,
        /**
         * Another import held the store's lock for longer than the database waits for a lock, or the
         * application's pool had no free connection within its wait ({@link StoreBusyException}).
         */
        BUSY,
        /**
         * A database that can only be read: an H2 file whose address says {@code ACCESS_MODE_DATA=r},
         * that the user may not write or that, opened read-only, is missing or empty; or a database that
         * refuses this account's writes (PostgreSQL's {@code 25006}: a read-only transaction, server or
         * standby), or that refused a write of the store's for want of the right to write (PostgreSQL's
         * {@code 42501}, H2's {@code 90096}: an account that may only read) while importing or migrating.
         */
        READ_ONLY,
        /** The user may not create or open an H2 file: its folder or the file refuses the user. */
        NOT_PERMITTED,
        /** A folder stands where an H2 file should be: the address's name with {@code .mv.db} is a folder. */
        FOLDER,
        /**
         * H2 refused the address itself: its form, a setting it does not know or without a value, or a
         * file name it cannot take.
         */
        BAD_ADDRESS,
        /** The database answered the store's statement with an error. */
        FAILED;

        /**
         * PostgreSQL's states for a database that does not exist or was dropped, and H2's for a database that is not
         * there (90013), not there and not to be made (90146), and not there on a server that makes none
         * for its clients (90149).
         */
        private static final Set<String> NO_DATABASE_STATES = Set.of("3D000", "57P04", "90013", "90146", "90149");
        /**
         * States of a database that cannot be reached besides the connection exceptions ({@code 08…}):
         * PostgreSQL shutting down by its administrator's command or by a crash, or not yet (or no longer)
         * taking connections (57P01 to 57P03); H2's connection broken, as to a server that stopped (90067),
         * and a database closed under its connections (90098, 90121).
         */
        private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "90067", "90098",
                "90121");
        /** H2's state for a file another program holds open. */
        private static final String H2_ALREADY_OPEN = "90020";
        /** H2's state for a statement that would write a database opened read-only, and PostgreSQL's. */
        private static final Set<String> READ_ONLY_STATES = Set.of("90097", "25006");
        /** PostgreSQL's state for a statement the account has not the right to run, and H2's. */
        private static final Set<String> NO_RIGHT_STATES = Set.of("42501", "90096");
        /**
         * H2's states for an address it refuses: a path implicitly relative (90011), a malformed address
         * (90046), an unknown setting (90113), an invalid database name (90138).
         */
        private static final Set<String> H2_BAD_ADDRESS_STATES = Set.of("90011", "90046", "90113", "90138");

        /**
         * The kind of a failure whose cause is, or holds, a database exception.
         *
         * @param cause the exception, not null
         * @param task  what the store was doing: a right refused while it writes tells a database that
         *              lets this account only read; not null
         * @return the kind, never null
         */
        static Failure of(Throwable cause, Task task) {
            return of(cause, state(cause), task);
        }

        /** The kind of a failure, its cause's SQL state read already (null when none has one). */
        private static Failure of(Throwable cause, @Nullable String state, Task task) {
            Failure file = ofFile(cause);
            if (file != null) {
                return file;
            }
            if (state != null) {
                return state.startsWith("08") || UNREACHABLE_STATES.contains(state) ? UNREACHABLE
                        : state.startsWith("28") ? LOGIN_REFUSED
                        : NO_DATABASE_STATES.contains(state) ? NO_DATABASE
                        : H2_ALREADY_OPEN.equals(state) ? IN_USE
                        : READ_ONLY_STATES.contains(state) ? READ_ONLY
                        : NO_RIGHT_STATES.contains(state) && (task == Task.IMPORTING || task == Task.MIGRATING)
                        ? READ_ONLY
                        : H2_BAD_ADDRESS_STATES.contains(state) ? BAD_ADDRESS : FAILED;
            }
            return FAILED;
        }

        /** The SQL state of the first database exception in a chain of causes, or null when none has one. */
        private static @Nullable String state(Throwable cause) {
            for (Throwable t = cause; t != null; t = t.getCause()) {
                String state = t instanceof SQLException sql ? sql.getSQLState() : null;
                if (state != null) {
                    return state;
                }
            }
            return null;
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

    /**
     * What the state of an H2 file says of a failure of {@link Failure#READ_ONLY} or
     * {@link Failure#NOT_PERMITTED}, told by looking at the file the address names after H2 failed,
     * when the store was given the address ({@link CatalogStore#of(String, String, String)}).
     */
    public enum FileCause {
        /** The address says {@code ;ACCESS_MODE_DATA=r}. */
        ADDRESS_READ_ONLY,
        /** This user may not write the file, so H2 opened it read-only. */
        FILE_READ_ONLY,
        /** The file is missing or empty, and such a file cannot be opened read-only. */
        FILE_MISSING,
        /** This user may not read the file. */
        FILE_UNREADABLE,
        /** The file is not there, and this user may not write in its folder to make it. */
        FOLDER_NOT_WRITABLE;

        /** The cause of a failure, by the state of the H2 file an address names; null when it cannot be told. */
        private static @Nullable FileCause of(Failure failure, @Nullable String url) {
            if (url == null || failure != Failure.READ_ONLY && failure != Failure.NOT_PERMITTED) {
                return null;
            }
            if (failure == Failure.READ_ONLY && StoreAddress.sets(url, "ACCESS_MODE_DATA=R")) {
                return ADDRESS_READ_ONLY;
            }
            Path file = StoreAddress.h2File(url, StoreAddress.H2_SUFFIX);
            if (file == null) {
                return null;
            }
            if (Files.isRegularFile(file)) {
                return !Files.isReadable(file) ? FILE_UNREADABLE : !Files.isWritable(file) ? FILE_READ_ONLY
                        : failure == Failure.READ_ONLY && empty(file) ? FILE_MISSING : null;
            }
            if (Files.exists(file)) {
                return null;
            }
            if (failure == Failure.READ_ONLY) {
                return FILE_MISSING;
            }
            Path folder = StoreAddress.nearestFolder(file);
            return folder != null && !Files.isWritable(folder) ? FOLDER_NOT_WRITABLE : null;
        }

        private static boolean empty(Path file) {
            try {
                return Files.size(file) == 0;
            } catch (java.io.IOException e) {
                return false;
            }
        }
    }

    /**
     * Whether a failure is a connection pool's wait for a free connection that ran out (HikariCP's
     * {@code SQLTransientConnectionException} without a state): every connection is held by the
     * imports and reads under way.
     */
    static boolean poolExhausted(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException pool && pool.getSQLState() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a failure is, told once from the database's exception.
     *
     * @param failure   its kind
     * @param fileCause the state of the H2 file, or null
     * @param file      the H2 file concerned, or an empty text
     * @param message   the key of its message
     */
    private record Account(Failure failure, @Nullable FileCause fileCause, String file, String message) {

        /** The account of a cause, with the state of the H2 file an address names. */
        static Account of(Task task, Throwable cause, @Nullable String url) {
            String state = Failure.state(cause);
            Failure failure = Failure.of(cause, state, task);
            if (failure == Failure.READ_ONLY && state != null && Failure.NO_RIGHT_STATES.contains(state)) {
                // The account may not write, whatever the database and its file: told as the database refusing it.
                return of(null, failure, null, "", null);
            }
            return of(null, failure, FileCause.of(failure, url), StoreException.file(cause, url), url);
        }

        /**
         * The account of a failure: a database that can only be read, with neither the address of an
         * H2 file (a store of a {@link javax.sql.DataSource}, or of a server's address) nor a file named
         * by the file system's exception, is told as the database refusing this account's writes,
         * without the causes of a file; a database missing on an H2 server or in a zip archive is told as
         * such, not as a file an import makes.
         */
        static Account of(@Nullable Task task, Failure failure, @Nullable FileCause why, String file,
                @Nullable String url) {
            String message = why != null ? "file." + key(why)
                    : failure == Failure.READ_ONLY && file.isEmpty() && (url == null || !StoreAddress.embeddedH2(url))
                    ? "failure.read-only-database"
                    : failure == Failure.BUSY && task != null && task != Task.IMPORTING ? "failure.busy-reading"
                    : failure == Failure.NO_DATABASE && url != null && StoreAddress.h2Server(url)
                    ? "failure.no-database-h2-server"
                    : failure == Failure.NO_DATABASE && url != null && StoreAddress.h2Archive(url)
                    ? "failure.no-database-archive"
                    : "failure." + key(failure);
            return new Account(failure, why, file, message);
        }
    }

    private final Task task;
    private final @Nullable String subject;
    private final Failure failure;
    private final @Nullable FileCause fileCause;
    /** The H2 file concerned, or an empty text. */
    private final String file;
    /** The key of the message. */
    private final String key;

    /**
     * A failure whose kind is read from the database's exception.
     *
     * @param task    what the store was doing, not null
     * @param subject the file being imported or the id being read, or null when the task has none
     * @param cause   the database's exception, not null
     */
    public StoreException(Task task, @Nullable String subject, Throwable cause) {
        this(task, subject, Failure.of(cause, task), cause);
    }

    /**
     * A failure whose kind is read from the database's exception, and for an H2 file the actual cause
     * from the file's state.
     *
     * @param url the address of the database, or null when it is not known
     */
    StoreException(Task task, @Nullable String subject, Throwable cause, @Nullable String url) {
        this(task, subject, Account.of(task, cause, url), cause);
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
        this(task, subject, Account.of(task, Objects.requireNonNull(failure, "failure"), null, file(cause, null), null),
                cause);
    }

    private StoreException(Task task, @Nullable String subject, Account account, Throwable cause) {
        super(text(task, subject, account.message(), account.file(), cause, Locale.ENGLISH),
                Objects.requireNonNull(cause, "cause"));
        this.task = Objects.requireNonNull(task, "task");
        this.subject = subject;
        this.failure = account.failure();
        this.fileCause = account.fileCause();
        this.file = account.file();
        this.key = account.message();
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
     * What the state of the H2 file says of a failure of {@link Failure#READ_ONLY} or
     * {@link Failure#NOT_PERMITTED}, when the store knows the file's address.
     *
     * @return the cause, or empty when it is another failure or could not be told
     */
    public Optional<FileCause> fileCause() {
        return Optional.ofNullable(fileCause);
    }

    /**
     * The message in a locale's language, Persian for {@code fa} and English otherwise: what the store
     * was doing, what went wrong and what to do; for {@link Failure#FAILED}, the database's own answer.
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        return text(task, subject, key, file, getCause(), locale);
    }

    /**
     * The file that the file system's exception under a failure names, else the H2 file of the
     * address, or an empty text.
     */
    private static String file(@Nullable Throwable cause, @Nullable String url) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f && f.getFile() != null) {
                return f.getFile();
            }
        }
        Path h2 = url == null ? null : StoreAddress.h2File(url, StoreAddress.H2_SUFFIX);
        return h2 == null ? "" : h2.normalize().toString();
    }

    private static String text(Task task, @Nullable String subject, String key, String file, @Nullable Throwable cause,
            Locale locale) {
        String doing = MESSAGES.get("task." + key(task), locale, "subject", subject);
        String answer = cause == null || cause.getMessage() == null ? "" : cause.getMessage().strip();
        Path folder = file.isEmpty() ? null : StoreAddress.nearestFolder(Path.of(file));
        return MESSAGES.get(key, locale, "task", doing,
                "subject", subject, "answer", answer, "file", file, "folder", folder == null ? "" : folder);
    }

    /** A constant's name as the keys of messages write it: {@code summing-up} for {@code SUMMING_UP}. */
    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
