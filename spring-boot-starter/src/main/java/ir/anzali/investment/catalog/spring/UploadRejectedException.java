package ir.anzali.investment.catalog.spring;

import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.io.Serial;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An upload that was not imported, or not found valid, with the reports that say why. The starter's
 * {@link CatalogProblems} answers it with an RFC 9457 problem detail of the reason's status, the
 * reports inside.
 */
public final class UploadRejectedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why an upload was rejected, each with the HTTP status it is answered with. */
    public enum Reason {
        /** A file has errors: 422. */
        INVALID_FILE(422, "invalid-file"),
        /** A file is past the importer's catalog limits ({@code file-too-large}): 413. */
        FILE_TOO_LARGE(413, "file-too-large"),
        /** A file could not be read from the request: 400. */
        UNREADABLE_FILE(400, "unreadable-file"),
        /** The request carries no file to read: 400. */
        NO_FILE(400, "no-file"),
        /** The request names an encoding Java does not know ({@link UploadEncodings}): 400, naming it. */
        UNKNOWN_ENCODING(400, "unknown-encoding"),
        /** Another import into the database store held it past the database's lock timeout: 503. */
        STORE_BUSY(503, "store-busy"),
        /**
         * The store's database could not be reached — stopped, restarting, its connections broken — or
         * an H2 file was open in another program: 503, worth trying again later.
         */
        STORE_UNAVAILABLE(503, "store-unavailable"),
        /** The store's database refused the server's user name or password: 503, until an administrator corrects them. */
        STORE_LOGIN_REFUSED(503, "store-login-refused"),
        /** The store's database lets the server only read: 503 for an import, until an administrator lets it write. */
        STORE_READ_ONLY(503, "store-read-only"),
        /**
         * The server's address of the store's database finds none it may use — no database of the name,
         * an address the database refuses, an H2 file it may not make or open: 503, until an administrator
         * corrects the server's settings.
         */
        STORE_MISCONFIGURED(503, "store-misconfigured"),
        /** The store's database answered with an error, such as tables missing: 500. */
        STORE_FAILED(500, "store-failed");

        private final int status;
        private final String code;

        Reason(int status, String code) {
            this.status = status;
            this.code = code;
        }

        /**
         * The HTTP status the reason is answered with.
         *
         * @return the status code
         */
        public int status() {
            return status;
        }

        /**
         * The reason's code in problem details and metrics, such as {@code invalid-file}.
         *
         * @return the code, never null
         */
        public String code() {
            return code;
        }
    }

    private final Reason reason;
    @SuppressWarnings("serial")
    private final List<ImportReport> reports;
    private final @Nullable String value;

    /**
     * An upload rejected for a reason.
     *
     * @param reason  why, not null
     * @param reports the reports of the files read, possibly none; copied
     * @param message what happened, for logs, not null
     */
    public UploadRejectedException(Reason reason, List<ImportReport> reports, String message) {
        this(reason, reports, null, message);
    }

    /**
     * An upload rejected for a value the request gave, which the answer names.
     *
     * @param reason  why, not null
     * @param value   the value refused, such as the name of an unknown encoding; not null
     * @param message what happened, for logs, not null
     */
    public UploadRejectedException(Reason reason, String value, String message) {
        this(reason, List.of(), Objects.requireNonNull(value, "value"), message);
    }

    private UploadRejectedException(Reason reason, List<ImportReport> reports, @Nullable String value,
            String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.reports = List.copyOf(reports);
        this.value = value;
    }

    /**
     * Why the upload was rejected.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The reports of the files read, in the order the importer read them; empty when none was read.
     *
     * @return the reports, unmodifiable, never null
     */
    public List<ImportReport> reports() {
        return reports;
    }

    /**
     * The value of the request that was refused, such as the name of an unknown encoding.
     *
     * @return the value, or null when the rejection is not of a value
     */
    public @Nullable String value() {
        return value;
    }
}
