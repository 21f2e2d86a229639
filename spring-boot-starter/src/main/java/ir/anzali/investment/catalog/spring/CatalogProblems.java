package ir.anzali.investment.catalog.spring;

import ir.anzali.investment.catalog.csv.report.ImportReport;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Answers rejected uploads with RFC 9457 problem details ({@code application/problem+json}), in
 * Persian or English as the request's {@code Accept-Language} prefers: a file with errors 422 and a
 * file past the catalog limits 413, each with the import reports under {@code reports}; a store busy
 * with another import, or whose database cannot be reached, 503 with {@code Retry-After}; a store whose
 * database refuses the server's login, lets it only read or is not the one its address names 503
 * without it (trying again will not help until an administrator acts); a store whose database answered
 * with an error 500 — each store failure logged once at WARN with its cause, the body holding the
 * clerk's words only; an upload past
 * the server's multipart limit 413; no file, or a request whose files cannot be read, 400 (a part sent
 * as a form field, without a file name, is told to be sent as a file). What Spring refuses before a
 * handler runs — a parameter of the wrong type, a media type, a method or a path it has no handler
 * for — is answered the same way, 400, 415, 405 or 404, in the request's language. Each
 * problem carries its {@code code}, such as {@code invalid-file}.
 */
@RestControllerAdvice
public class CatalogProblems {

    private static final String BUNDLE = "ir.anzali.investment.catalog.spring.problems";
    private static final Log LOG = LogFactory.getLog(CatalogProblems.class);
    /** The start of the codes of the store's reasons. */
    private static final String STORE = "store-";
    /** The seconds a client refused {@code store-busy} is told to wait ({@code Retry-After}) before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private final CatalogUploads uploads;
    private final DataSize uploadLimit;

    /**
     * The problems written in the language the uploads choose.
     *
     * @param uploads     the uploads, which tell the language of a request; not null
     * @param uploadLimit the server's limit of a part, named when a part is past it; not null
     */
    public CatalogProblems(CatalogUploads uploads, DataSize uploadLimit) {
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.uploadLimit = Objects.requireNonNull(uploadLimit, "uploadLimit");
    }

    /**
     * A rejected upload, with its reports.
     *
     * @param e       the rejection, not null
     * @param request the request, whose {@code Accept-Language} tells the language; not null
     * @return the problem detail of the reason's status
     */
    @ExceptionHandler(UploadRejectedException.class)
    public ResponseEntity<ProblemDetail> rejected(UploadRejectedException e,
            WebRequest request) {
        Locale language = uploads.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String code = e.reason().code();
        long errors = e.reports().stream().mapToLong(ImportReport::errorCount).sum();
        String nameless = e.reason() == UploadRejectedException.Reason.NO_FILE ? namelessPart(request) : null;
        ProblemDetail problem = problem(e.reason().status(), code, nameless != null
                ? text(language, "no-file.nameless.detail", nameless)
                : text(language, code + ".detail", e.value() != null ? e.value() : errors), language);
        if (!e.reports().isEmpty()) {
            problem.setProperty("reports", e.reports());
        }
        if (e.value() != null) {
            problem.setProperty("value", e.value());
        }
        if (e.reason().code().startsWith(STORE) && e.reason() != UploadRejectedException.Reason.STORE_BUSY) {
            logStoreFailure(e.reason(), e.getMessage(), e.getCause());
        }
        return retry(e.reason()) ? busy(problem, language) : answer(problem, language);
    }

    /**
     * The answer of a failure of the store's database that the application can do nothing about at
     * once ({@link StoreProblems}): the reason's status and code, a title and detail in the language's
     * words for a clerk — what happened, that nothing was written, whether to try again later or tell
     * the catalog's administrators —, never the database's or the driver's text; with
     * {@code Retry-After} when waiting helps ({@code store-unavailable}).
     *
     * @param reason    the reason, one of the store's
     * @param importing whether an import failed, told that nothing was imported; else a read
     * @param language  the language, Persian for {@code fa}, else English; not null
     * @return the answer, never null
     */
    static ResponseEntity<ProblemDetail> storeFailure(UploadRejectedException.Reason reason, boolean importing,
            Locale language) {
        String code = reason.code();
        ProblemDetail problem = problem(reason.status(), code,
                text(language, code + (importing ? ".detail" : ".reading.detail")), language);
        return retry(reason) ? busy(problem, language) : answer(problem, language);
    }

    /** Whether a client refused for a reason is told to try again after {@link #RETRY_AFTER_SECONDS}. */
    private static boolean retry(UploadRejectedException.Reason reason) {
        return reason == UploadRejectedException.Reason.STORE_BUSY
                || reason == UploadRejectedException.Reason.STORE_UNAVAILABLE;
    }

    /**
     * Logs a failure of the store's database once, at WARN, for the operator: the answer's status and
     * code, the store's English message (what it was doing, what to check) and the chain of causes,
     * the driver's own words among them; with the stack trace only for {@code store-failed}, an
     * error of the database that may be a fault of the program.
     *
     * @param reason  the reason answered, not null
     * @param message the store's message, in English
     * @param cause   the store's exception or what it was made of, or null
     */
    static void logStoreFailure(UploadRejectedException.Reason reason, @Nullable String message,
            @Nullable Throwable cause) {
        StringBuilder line = new StringBuilder("Answered ").append(reason.status()).append(' ').append(reason.code())
                .append(": ").append(message);
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().equals(message)) {
                line.append(" | caused by ").append(t.getClass().getName()).append(": ").append(t.getMessage().strip());
            }
        }
        if (reason == UploadRejectedException.Reason.STORE_FAILED) {
            LOG.warn(line, cause);
        } else {
            LOG.warn(line);
        }
    }

    /**
     * The answer of a busy store: 503 {@code store-busy} with {@code Retry-After}, for an import
     * refused as for a read of the store ({@link StoreProblems}).
     *
     * @param importing whether an import waited, titled "another import is under way"; else a read
     * @param detail    the detail, in the language; not null
     * @param language  the language of the title, Persian for {@code fa}, else English; not null
     * @return the answer, never null
     */
    static ResponseEntity<ProblemDetail> storeBusy(boolean importing, String detail, Locale language) {
        String code = UploadRejectedException.Reason.STORE_BUSY.code();
        ProblemDetail problem = problem(UploadRejectedException.Reason.STORE_BUSY.status(), code, detail, language);
        if (!importing) {
            problem.setTitle(text(language, code + ".reading.title"));
        }
        return busy(problem, language);
    }

    private static ResponseEntity<ProblemDetail> busy(ProblemDetail problem, Locale language) {
        return answering(problem, language).header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(problem);
    }

    /**
     * An upload past the server's multipart limit ({@code spring.servlet.multipart.max-file-size}).
     *
     * @param e       the exception, not null
     * @param request the request, whose {@code Accept-Language} tells the language; not null
     * @return the problem detail, 413
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e,
            WebRequest request) {
        Locale language = uploads.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        DataSize limit = e.getMaxUploadSize() < 0 ? uploadLimit : DataSize.ofBytes(e.getMaxUploadSize());
        String code = UploadRejectedException.Reason.FILE_TOO_LARGE.code();
        return answer(problem(HttpStatus.PAYLOAD_TOO_LARGE.value(), code,
                text(language, "upload-too-large.detail", limit.toMegabytes()), language), language);
    }

    /**
     * A request without a part the handler requires.
     *
     * @param e       the exception, not null
     * @param request the request, whose {@code Accept-Language} tells the language; not null
     * @return the problem detail, 400
     */
    @ExceptionHandler(MissingServletRequestPartException.class)
    public ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e,
            WebRequest request) {
        return simple(UploadRejectedException.Reason.NO_FILE, request);
    }

    /**
     * A multipart request that cannot be read.
     *
     * @param e       the exception, not null
     * @param request the request, whose {@code Accept-Language} tells the language; not null
     * @return the problem detail, 400
     */
    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<ProblemDetail> unreadable(MultipartException e,
            WebRequest request) {
        return simple(UploadRejectedException.Reason.UNREADABLE_FILE, request);
    }

    /**
     * A request Spring refuses before a handler runs: a parameter that is not of its type (such as
     * {@code ?size=abc}), a body of a media type the handler does not take, a method the path does not
     * take, a path without a handler; answered as the application's own problems are, in the request's
     * language, instead of Spring's English error.
     *
     * @param e       the exception, not null
     * @param request the request, whose {@code Accept-Language} tells the language; not null
     * @return the problem detail of the exception's status (400, 404, 405 with {@code Allow}, 415 with
     *         {@code Accept}), with the code {@code bad-request}, {@code not-found},
     *         {@code method-not-allowed} or {@code unsupported-media-type}
     */
    @ExceptionHandler({ServletException.class, TypeMismatchException.class, HttpMessageNotReadableException.class})
    public ResponseEntity<ProblemDetail> refusedRequest(Exception e, WebRequest request) {
        Locale language = uploads.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        int status = e instanceof ErrorResponse r ? r.getStatusCode().value() : HttpStatus.BAD_REQUEST.value();
        ProblemDetail problem = refusal(status, language);
        ResponseEntity.BodyBuilder answer = answering(problem, language);
        if (e instanceof ErrorResponse r) {
            r.getHeaders().forEach((name, values) -> answer.header(name, values.toArray(String[]::new)));
        }
        return answer.body(problem);
    }

    /**
     * The problem detail of a request refused for its form rather than its content, as
     * {@link #refusedRequest} answers it: for a web server's own refusals too, answered outside the
     * application's handlers (such as a method the server takes for no address), so that they read
     * alike.
     *
     * @param status   the status, 400 to 499: 404, 405 and 415 have their own code, any other is {@code bad-request}
     * @param language the language of the title and detail, Persian for {@code fa}, else English; not null
     * @return a new problem detail with its status, title, detail and {@code code} property
     *         ({@code not-found}, {@code method-not-allowed}, {@code unsupported-media-type} or
     *         {@code bad-request}), never null
     */
    public static ProblemDetail refusal(int status, Locale language) {
        String code = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        return problem(status, code, text(language, code + ".detail"), language);
    }

    private ResponseEntity<ProblemDetail> simple(UploadRejectedException.Reason reason, WebRequest request) {
        Locale language = uploads.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return answer(problem(reason.status(), reason.code(), text(language, reason.code() + ".detail"), language),
                language);
    }

    /**
     * The name of a part the request sent as a form field, without a file name (as {@code curl -F
     * opportunities=<file} does), which is not a file; or null. The part is not read.
     */
    private static @Nullable String namelessPart(WebRequest request) {
        HttpServletRequest http = request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class)
                : null;
        if (http == null) {
            return null;
        }
        for (String name : List.of("opportunities", "incentives")) {
            try {
                Part part = http.getPart(name);
                if (part != null && part.getSubmittedFileName() == null) {
                    return name;
                }
            } catch (IOException | ServletException | RuntimeException e) {
                return null; // not a multipart request that can be read again: the general advice serves
            }
        }
        return null;
    }

    private static ProblemDetail problem(int status, String code, String detail, Locale language) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle(text(language, code + ".title"));
        problem.setProperty("code", code);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, Locale language) {
        return answering(problem, language).body(problem);
    }

    private static ResponseEntity.BodyBuilder answering(ProblemDetail problem, Locale language) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
    }

    private static String text(Locale language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}
