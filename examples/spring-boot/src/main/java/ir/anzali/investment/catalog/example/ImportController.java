package ir.anzali.investment.catalog.example;

import ir.anzali.investment.catalog.Changes;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.html.ReportPage;
import ir.anzali.investment.catalog.spring.CatalogUploads;
import ir.anzali.investment.catalog.spring.UploadRejectedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of the parts {@code opportunities} and {@code incentives} (CSV files or workbooks): validated,
 * or imported into the application's catalog all or nothing. A rejection is answered by the starter
 * as a problem detail: 422 with the reports, 413, or 400.
 */
@RestController
@RequestMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
public class ImportController {

    private final CatalogUploads uploads;
    private final CatalogStore store;

    /**
     * The controller of the uploads into the store.
     *
     * @param uploads the starter's uploads, not null
     * @param store   the application's catalog, not null
     */
    public ImportController(CatalogUploads uploads, CatalogStore store) {
        this.uploads = uploads;
        this.store = store;
    }

    /**
     * The reports of valid files.
     *
     * @param reports the reports, incentives first
     */
    record Reports(List<ImportReport> reports) {
    }

    /**
     * The ids an import added, updated and left unchanged.
     *
     * @param added     the ids added
     * @param updated   the ids updated
     * @param unchanged the ids the files held as they were
     */
    record Ids(List<String> added, List<String> updated, List<String> unchanged) {
        static final Ids NONE = new Ids(List.of(), List.of(), List.of());

        static Ids of(Changes<?> changes) {
            return new Ids(texts(changes.added()), texts(changes.updated()), texts(changes.unchanged()));
        }

        private static List<String> texts(List<?> ids) {
            return ids.stream().map(Object::toString).toList();
        }
    }

    /**
     * What an import did.
     *
     * @param opportunities the opportunities added, updated and unchanged
     * @param incentives    the incentives added, updated and unchanged
     * @param reports       the reports, incentives first
     */
    record Imported(Ids opportunities, Ids incentives, List<ImportReport> reports) {
    }

    /**
     * Validates the files as an import would read them, importing nothing.
     *
     * @param opportunities  the opportunities file or workbook, or null
     * @param incentives     the incentives file, or null
     * @param acceptLanguage the request's {@code Accept-Language}, or null
     * @return 200 with the reports
     */
    @PostMapping(path = "/validate", produces = MediaType.APPLICATION_JSON_VALUE)
    public Reports validate(@RequestPart(name = "opportunities", required = false) @Nullable MultipartFile opportunities,
            @RequestPart(name = "incentives", required = false) @Nullable MultipartFile incentives,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        return new Reports(uploads.validate(store.current(), opportunities, incentives, uploads.language(acceptLanguage)));
    }

    /**
     * Validates the files and answers with the report page: 200 when valid, 422 when not.
     *
     * @param opportunities  the opportunities file or workbook, or null
     * @param incentives     the incentives file, or null
     * @param acceptLanguage the request's {@code Accept-Language}, or null
     * @return the page
     * @throws IOException when the page cannot be written
     */
    @PostMapping(path = "/validate", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<byte[]> validatePage(
            @RequestPart(name = "opportunities", required = false) @Nullable MultipartFile opportunities,
            @RequestPart(name = "incentives", required = false) @Nullable MultipartFile incentives,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage)
            throws IOException {
        Locale language = uploads.language(acceptLanguage);
        List<ImportReport> reports;
        int status = 200;
        try {
            reports = uploads.validate(store.current(), opportunities, incentives, language);
        } catch (UploadRejectedException e) {
            if (e.reports().isEmpty()) {
                throw e;
            }
            reports = e.reports();
            status = e.reason().status();
        }
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        ReportPage.in(language).write(reports, page);
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page.toByteArray());
    }

    /**
     * Imports the files into the application's catalog, all or nothing.
     *
     * @param opportunities  the opportunities file or workbook, or null
     * @param incentives     the incentives file, or null
     * @param acceptLanguage the request's {@code Accept-Language}, or null
     * @return 200 with the ids added, updated and unchanged, and the reports
     */
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Imported importInto(@RequestPart(name = "opportunities", required = false) @Nullable MultipartFile opportunities,
            @RequestPart(name = "incentives", required = false) @Nullable MultipartFile incentives,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        Locale language = uploads.language(acceptLanguage);
        CatalogImport result = store.update(catalog -> uploads.importInto(catalog, opportunities, incentives, language),
                CatalogImport::catalog);
        return result.merge().map(m -> new Imported(Ids.of(m.opportunities()), Ids.of(m.incentives()), result.reports()))
                .orElseGet(() -> new Imported(Ids.NONE, Ids.NONE, result.reports()));
    }
}
