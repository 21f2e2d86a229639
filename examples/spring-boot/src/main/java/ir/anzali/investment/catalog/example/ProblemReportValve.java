package ir.anzali.investment.catalog.example;

import ir.anzali.investment.catalog.spring.CatalogProblems;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.json.JsonWriter;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report for what no handler of the application answers, as a problem detail
 * ({@code application/problem+json}) in Persian or English like the application's other refusals,
 * instead of Tomcat's HTML page: a request that Tomcat refuses before choosing a handler, such as one
 * whose address and headers are longer than it takes ({@code server.max-http-request-header-size}, so
 * a very long search text {@code q}) or not well formed, 400 {@code bad-request}; a method Tomcat
 * answers for no address ({@code TRACE}), 405 {@code method-not-allowed}; and a failure past
 * the handlers, 500 {@code server-error}. A request refused before its headers were read is answered
 * in the application's configured language. Installed in the host in place of Tomcat's own report
 * by {@link #install}. A request refused before any handler is logged in one line at INFO, its
 * status, method and Tomcat's reason, never with a stack trace: Tomcat's own log of a request it
 * could not read, its exception's stack trace at INFO, is turned down in {@code application.properties}.
 */
final class ProblemReportValve extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemReportValve.class);

    private final Function<@Nullable String, Locale> language;

    /**
     * A report in the language a request's {@code Accept-Language} asks for.
     *
     * @param language the language of a request's {@code Accept-Language}, or of none; {@code fa} or {@code en}
     */
    ProblemReportValve(Function<@Nullable String, Locale> language) {
        this.language = language;
    }

    /**
     * Puts a report in the host of a context, in place of Tomcat's error report valves, those added
     * before and the one the host adds when it starts.
     *
     * @param context the application's context, whose parent is its host
     * @param report  the report
     */
    static void install(Context context, ProblemReportValve report) {
        Container host = context.getParent();
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
        Pipeline pipeline = host.getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
            }
        }
        pipeline.addValve(report);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean io = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, io);
        if (!io.get()) {
            return;
        }
        if (status < 500) {
            LOG.info("Refused a request before any handler: {} {}, {}", status, request.getMethod(),
                    throwable == null || throwable.getMessage() == null ? "no reason given" : throwable.getMessage());
        }
        boolean persian = "fa".equals(language.apply(request.getHeader("Accept-Language")).getLanguage());
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Language", persian ? "fa" : "en");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(problem(status, persian));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response cannot be written: there is no one to tell.
        }
    }

    /**
     * The problem detail of a status, as JSON written by Spring Boot's {@link JsonWriter}, which both
     * generations of Boot hold whatever their Jackson: the texts are the application's own, never the
     * request's; a 405 reads as the starter's ({@link CatalogProblems#refusal}).
     */
    static String problem(int status, boolean persian) {
        boolean server = status >= 500;
        String code;
        String title;
        String detail;
        if (status == 405) {
            ProblemDetail refusal = CatalogProblems.refusal(status, Locale.forLanguageTag(persian ? "fa" : "en"));
            code = String.valueOf(Objects.requireNonNull(refusal.getProperties(), "properties").get("code"));
            title = String.valueOf(refusal.getTitle());
            detail = String.valueOf(refusal.getDetail());
        } else if (server) {
            code = "server-error";
            title = persian ? "خطای سرور" : "Server error";
            detail = persian ? "سرور در پاسخ به این درخواست با خطا روبه‌رو شد. کمی بعد دوباره بفرستید و اگر باز"
                    + " چنین شد، به گردانندگان فهرست خبر دهید."
                    : "The server failed while answering the request. Send it again later; if it fails again, tell"
                    + " the catalog's administrators.";
        } else {
            code = "bad-request";
            title = persian ? "درخواست خوانده نشد" : "The request could not be read";
            detail = persian ? "سرور این درخواست را نتوانست بخواند: نشانی و سرآیندهای آن از آنچه می‌پذیرد بلندترند"
                    + " یا درست نوشته نشده‌اند. متن جست‌وجو (q) یا نشانی را کوتاه‌تر کنید و دوباره بفرستید؛ حروف"
                    + " غیر ASCII نشانی، مانند هتل، باید با رمزگذاری درصدی نوشته شوند (%D9%87%D8%AA%D9%84)، چنان‌که"
                    + " مرورگر یا curl --data-urlencode می‌نویسد."
                    : "The server could not read the request: its address and headers are longer than it takes, or"
                    + " not well formed. Shorten the text to search for (q) or the address, and send it again; letters"
                    + " of the address outside ASCII, such as هتل, must be percent-encoded (%D9%87%D8%AA%D9%84), as a"
                    + " browser or curl --data-urlencode writes them.";
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code);
        return JsonWriter.<Map<String, Object>>standard().write(problem).toJsonString();
    }
}
