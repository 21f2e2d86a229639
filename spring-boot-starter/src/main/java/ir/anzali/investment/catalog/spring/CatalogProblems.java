package ir.anzali.investment.catalog.spring;

import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Answers rejected uploads with RFC 9457 problem details ({@code application/problem+json}), in
 * Persian or English as the request's {@code Accept-Language} prefers: a file with errors 422 and a
 * file past the catalog limits 413, each with the import reports under {@code reports}; an upload past
 * the server's multipart limit 413; no file, or a request whose files cannot be read, 400. Each
 * problem carries its {@code code}, such as {@code invalid-file}.
 */
@RestControllerAdvice
public class CatalogProblems {

    private static final String BUNDLE = "ir.anzali.investment.catalog.spring.problems";

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
        ProblemDetail problem = problem(e.reason().status(), code, text(language, code + ".detail", errors), language);
        if (!e.reports().isEmpty()) {
            problem.setProperty("reports", e.reports());
        }
        return answer(problem, language);
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

    private ResponseEntity<ProblemDetail> simple(UploadRejectedException.Reason reason, WebRequest request) {
        Locale language = uploads.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return answer(problem(reason.status(), reason.code(), text(language, reason.code() + ".detail"), language),
                language);
    }

    private static ProblemDetail problem(int status, String code, String detail, Locale language) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle(text(language, code + ".title"));
        problem.setProperty("code", code);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, Locale language) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag()).body(problem);
    }

    private static String text(Locale language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}
