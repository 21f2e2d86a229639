package ir.anzali.investment.catalog.compatibility;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import java.io.IOException;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The controller of the README's "Importing CSV", word for word, around a catalog held in memory. */
@RestController
class UploadController {

    private final CatalogImporter importer;
    private Catalog catalog;

    UploadController(CatalogImporter importer, Catalog catalog) {
        this.importer = importer;
        this.catalog = catalog;
    }

    Catalog current() {
        return catalog;
    }

    @PostMapping(path = "/catalog/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<String> importUpload(@RequestParam("opportunities") MultipartFile opportunities,
            @RequestParam(name = "incentives", required = false) MultipartFile incentives) throws IOException {
        CatalogImport result = importer.importInto(catalogs().current(),
                ImportSource.of(opportunities.getInputStream(), name(opportunities)),
                incentives == null ? null : ImportSource.of(incentives.getInputStream(), name(incentives)));
        String reports = result.reports().stream().map(ReportJson::toJson).collect(Collectors.joining(",", "[", "]"));
        if (!result.imported()) {                      // all-or-nothing: any error and nothing was imported
            return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_JSON).body(reports);
        }
        catalogs().replace(result.catalog());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(reports);
    }

    private static String name(MultipartFile file) {
        return Objects.requireNonNullElse(file.getOriginalFilename(), file.getName());
    }

    /** The README's {@code catalogs}: where the application keeps its catalog. */
    private UploadController catalogs() {
        return this;
    }

    private void replace(Catalog replacement) {
        catalog = replacement;
    }
}
