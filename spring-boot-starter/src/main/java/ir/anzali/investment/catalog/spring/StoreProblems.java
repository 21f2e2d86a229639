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
 * Answers a busy catalog store in any handler — a read of the store (a query, the summary, a load)
 * as an import — with RFC 9457 problem details: 503 {@code store-busy} with {@code Retry-After}
 * ({@link CatalogProblems#RETRY_AFTER_SECONDS}), the store's message as its detail, in Persian or
 * English as the request's {@code Accept-Language} prefers, instead of a 500 and a stack trace in
 * the log. A bean of the starter when the store is on the path of a web application.
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
}
