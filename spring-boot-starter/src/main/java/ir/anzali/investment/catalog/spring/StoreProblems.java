package ir.anzali.investment.catalog.spring;

import ir.anzali.investment.catalog.jdbc.StoreBusyException;
import ir.anzali.investment.catalog.jdbc.StoreException;
import java.util.Locale;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Answers a failure of the catalog store in any handler — a read of the store (a query, the summary,
 * one opportunity, a load) as an import — with RFC 9457 problem details in Persian or English as the
 * request's {@code Accept-Language} prefers, instead of a 500 and a stack trace: a busy store 503
 * {@code store-busy} with {@code Retry-After} ({@link CatalogProblems#RETRY_AFTER_SECONDS}), the
 * store's message as its detail; a database that cannot be reached (stopped, restarting, its
 * connections broken) 503 {@code store-unavailable} with {@code Retry-After}; one that refuses the
 * server's login 503 {@code store-login-refused}, lets it only read 503 {@code store-read-only}, or is
 * not there at the server's address 503 {@code store-misconfigured}, without {@code Retry-After} as
 * trying again will not help until an administrator acts; an error the database answered 500
 * {@code store-failed}. Each but the busy store is logged once at WARN with its cause for the operator;
 * the body holds the clerk's words and never the database's or the driver's text. A bean of the
 * starter when the store is on the path of a web application.
 */
@RestControllerAdvice
public class StoreProblems {

    private final CatalogUploads uploads;

    /**
     * The problems of the store in the language the uploads choose.
     *
     * @param uploads the uploads, which tell the language of a request; not null
     */
    public StoreProblems(CatalogUploads uploads) {
        this.uploads = Objects.requireNonNull(uploads, "uploads");
    }

    /**
     * A store that found no free connection, or whose lock another import held, while the handler used it.
     *
     * @param e       the exception, not null
     * @param request the request, whose {@code Accept-Language} tells the language; not null
     * @return the problem detail, 503 with {@code Retry-After}
     */
    @ExceptionHandler(StoreBusyException.class)
    public ResponseEntity<ProblemDetail> busy(StoreBusyException e, WebRequest request) {
        Locale language = uploads.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return CatalogProblems.storeBusy(e.task() == StoreException.Task.IMPORTING, e.message(language), language);
    }

    /**
     * Any other failure of the store while the handler used it, answered by its kind
     * ({@link StoreException#failure()}) and logged once at WARN with its cause.
     *
     * @param e       the exception, not null
     * @param request the request, whose {@code Accept-Language} tells the language; not null
     * @return the problem detail: 503 ({@code store-unavailable} with {@code Retry-After},
     *         {@code store-login-refused}, {@code store-read-only}, {@code store-misconfigured}) or 500
     *         ({@code store-failed})
     */
    @ExceptionHandler(StoreException.class)
    public ResponseEntity<ProblemDetail> failed(StoreException e, WebRequest request) {
        Locale language = uploads.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        UploadRejectedException.Reason reason = reason(e.failure());
        CatalogProblems.logStoreFailure(reason, e.getMessage(), e.getCause());
        return CatalogProblems.storeFailure(reason, e.task() == StoreException.Task.IMPORTING, language);
    }

    /**
     * The reason a failure of the store is answered with.
     *
     * @param failure the kind of failure, not null
     * @return the reason, one of the store's, never null
     */
    static UploadRejectedException.Reason reason(StoreException.Failure failure) {
        return switch (failure) {
            case BUSY -> UploadRejectedException.Reason.STORE_BUSY;
            case UNREACHABLE, IN_USE -> UploadRejectedException.Reason.STORE_UNAVAILABLE;
            case LOGIN_REFUSED -> UploadRejectedException.Reason.STORE_LOGIN_REFUSED;
            case READ_ONLY -> UploadRejectedException.Reason.STORE_READ_ONLY;
            case NO_DATABASE, BAD_ADDRESS, NOT_PERMITTED, FOLDER -> UploadRejectedException.Reason.STORE_MISCONFIGURED;
            case FAILED -> UploadRejectedException.Reason.STORE_FAILED;
        };
    }
}
