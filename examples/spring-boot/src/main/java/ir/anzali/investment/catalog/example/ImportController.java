package ir.anzali.investment.catalog.example;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.html.ReportPage;
import ir.anzali.investment.catalog.jdbc.StoreImport;
import ir.anzali.investment.catalog.spring.CatalogUploads;
import ir.anzali.investment.catalog.spring.StoreUploads;
import ir.anzali.investment.catalog.spring.UploadEncodings;
import ir.anzali.investment.catalog.spring.UploadRejectedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of the parts {@code opportunities} and {@code incentives} (CSV files or workbooks), each read
 * in the encoding the parameters {@code encoding} and {@code incentives-encoding} name, else in the one
 * detected: validated against the stored catalog, or imported into the database all or nothing. A
 * rejection is answered by the starter as a problem detail: 422 with the reports, 413, or 400.
 */
@RestController
@RequestMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
public class ImportController {

    /** The user name of the import log when a request is not signed in. */
    static final String ANONYMOUS = "anonymous";
    /** The parameter naming the encoding of the opportunities file, as the command line's {@code --encoding}. */
    static final String ENCODING = "encoding";
    /** The parameter naming the encoding of the incentives file, as {@code --incentives-encoding}. */
    static final String INCENTIVES_ENCODING = "incentives-encoding";

    private final CatalogUploads uploads;
    private final StoreUploads storeUploads;

    /**
     * The controller of the uploads into the store.
     *
     * @param uploads      the starter's uploads, not null
     * @param storeUploads the starter's uploads into the store, not null
     */
    public ImportController(CatalogUploads uploads, StoreUploads storeUploads) {
        this.uploads = uploads;
        this.storeUploads = storeUploads;
    }

    /**
     * The reports of valid files.
     *
     * @param reports the reports, incentives first
     */
    record Reports(List<ImportReport> reports) {
    }

    /**
     * How many rows of a kind an import added, updated and left unchanged.
     *
     * @param added     how many were not stored before
     * @param updated   how many stored ones changed
     * @param unchanged how many the file held as they were stored
     */
    record Counts(long added, long updated, long unchanged) {
        static final Counts NONE = new Counts(0, 0, 0);

        static Counts of(List<StoreImport> done, Kind kind) {
            return done.stream().filter(d -> d.report().kind().equals(kind.reportName()))
                    .map(d -> new Counts(d.added(), d.updated(), d.unchanged())).findFirst().orElse(NONE);
        }
    }

    /**
     * What an import did.
     *
     * @param opportunities the opportunities added, updated and unchanged
     * @param incentives    the incentives added, updated and unchanged
     * @param importLog     the ids of the import's rows in the store's import log, incentives first
     * @param reports       the reports, incentives first
     */
    record Imported(Counts opportunities, Counts incentives, List<Long> importLog, List<ImportReport> reports) {
    }

    /**
     * Validates the files as an import would read them, importing nothing.
     *
     * @param opportunities      the opportunities file or workbook, or null
     * @param incentives         the incentives file, or null
     * @param encoding           the encoding of the opportunities file (of the incentives file when it is
     *                           the only one), as the command line's {@code --encoding}; null to detect it
     * @param incentivesEncoding the encoding of the incentives file, or null
     * @param acceptLanguage     the request's {@code Accept-Language}, or null
     * @return 200 with the reports
     */
    @PostMapping(path = "/validate", produces = MediaType.APPLICATION_JSON_VALUE)
    public Reports validate(@RequestPart(name = "opportunities", required = false) @Nullable MultipartFile opportunities,
            @RequestPart(name = "incentives", required = false) @Nullable MultipartFile incentives,
            @RequestParam(name = ENCODING, required = false) @Nullable String encoding,
            @RequestParam(name = INCENTIVES_ENCODING, required = false) @Nullable String incentivesEncoding,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        return new Reports(reports(storeUploads.validate(opportunities, incentives,
                new UploadEncodings(encoding, incentivesEncoding), uploads.language(acceptLanguage))));
    }

    /**
     * Validates the files and answers with the report page: 200 when valid, 422 when not.
     *
     * @param opportunities      the opportunities file or workbook, or null
     * @param incentives         the incentives file, or null
     * @param encoding           the encoding of the opportunities file, as for the JSON answer, or null
     * @param incentivesEncoding the encoding of the incentives file, or null
     * @param acceptLanguage     the request's {@code Accept-Language}, or null
     * @return the page
     * @throws IOException when the page cannot be written
     */
    @PostMapping(path = "/validate", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<byte[]> validatePage(
            @RequestPart(name = "opportunities", required = false) @Nullable MultipartFile opportunities,
            @RequestPart(name = "incentives", required = false) @Nullable MultipartFile incentives,
            @RequestParam(name = ENCODING, required = false) @Nullable String encoding,
            @RequestParam(name = INCENTIVES_ENCODING, required = false) @Nullable String incentivesEncoding,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage)
            throws IOException {
        Locale language = uploads.language(acceptLanguage);
        List<ImportReport> reports;
        int status = 200;
        try {
            reports = reports(storeUploads.validate(opportunities, incentives,
                    new UploadEncodings(encoding, incentivesEncoding), language));
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
     * Imports the files into the database in one transaction, all or nothing.
     *
     * @param opportunities      the opportunities file or the opportunities sheet of a workbook, or null
     * @param incentives         the incentives file, or null
     * @param encoding           the encoding of the opportunities file, as for validation, or null
     * @param incentivesEncoding the encoding of the incentives file, or null
     * @param acceptLanguage     the request's {@code Accept-Language}, or null
     * @param user               the signed-in user, or null; the import log records {@value #ANONYMOUS} then
     * @return 200 with how many were added, updated and unchanged, and the reports
     */
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Imported importInto(@RequestPart(name = "opportunities", required = false) @Nullable MultipartFile opportunities,
            @RequestPart(name = "incentives", required = false) @Nullable MultipartFile incentives,
            @RequestParam(name = ENCODING, required = false) @Nullable String encoding,
            @RequestParam(name = INCENTIVES_ENCODING, required = false) @Nullable String incentivesEncoding,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage,
            @Nullable Principal user) {
        List<StoreImport> done = storeUploads.importInto(opportunities, incentives,
                new UploadEncodings(encoding, incentivesEncoding), uploads.language(acceptLanguage),
                user == null ? ANONYMOUS : user.getName());
        return new Imported(Counts.of(done, Kind.OPPORTUNITIES), Counts.of(done, Kind.INCENTIVES),
                done.stream().map(StoreImport::logId).toList(), done.stream().map(StoreImport::report).toList());
    }

    /** The reports of what a store did, or would do, with each file. */
    private static List<ImportReport> reports(List<StoreImport> done) {
        return done.stream().map(StoreImport::report).toList();
    }
}
