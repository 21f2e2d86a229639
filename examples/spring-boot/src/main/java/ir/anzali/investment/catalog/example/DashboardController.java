package ir.anzali.investment.catalog.example;

import ir.anzali.investment.catalog.html.DashboardPage;
import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.spring.CatalogUploads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-group dashboard of the catalog in the database, in bounded memory whatever the store
 * holds: the figures summed in SQL, the incentives judged one stored opportunity at a time.
 */
@RestController
public class DashboardController {

    private final CatalogStore store;
    private final CatalogUploads uploads;

    /**
     * The controller of the store's dashboard.
     *
     * @param store   the catalog in the database, not null
     * @param uploads the starter's uploads, which tell a request's language; not null
     */
    public DashboardController(CatalogStore store, CatalogUploads uploads) {
        this.store = store;
        this.uploads = uploads;
    }

    /**
     * The dashboard page, in Persian or English as the request prefers.
     *
     * @param acceptLanguage the request's {@code Accept-Language}, or null
     * @return 200 with the page
     * @throws IOException when the page cannot be written
     */
    @GetMapping(path = "/dashboard", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<byte[]> dashboard(
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage)
            throws IOException {
        DashboardPage dashboard = DashboardPage.in(uploads.language(acceptLanguage));
        DashboardPage.Figures figures = dashboard.figures(store.summary(), store.incentives());
        store.forEachOpportunity(figures);
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        dashboard.write(figures, page);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page.toByteArray());
    }
}
