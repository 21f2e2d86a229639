package ir.anzali.investment.catalog.compatibility;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
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

/** Imports uploaded files into the catalog the application keeps in memory. */
@RestController
class UploadController {

    private final CatalogImporter importer;
    private Catalog catalog;

    UploadController(CatalogImporter importer, Catalog catalog) {
        this.importer = importer;
        this.catalog = catalog;
    }

    /** The catalog as the last import left it. */
    synchronized Catalog current() {
        return catalog;
    }

    /** One import at a time: each starts from the catalog the one before left. */
    @PostMapping(path = "/catalog/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    synchronized ResponseEntity<String> importUpload(@RequestParam("opportunities") MultipartFile opportunities,
            @RequestParam(name = "incentives", required = false) MultipartFile incentives) throws IOException {
        CatalogImport result = importer.importInto(catalog,
                ImportSource.of(opportunities.getInputStream(), name(opportunities)),
                incentives == null ? null : ImportSource.of(incentives.getInputStream(), name(incentives)));
        String reports = result.reports().stream().map(ReportJson::toJson).collect(Collectors.joining(",", "[", "]"));
        if (!result.imported()) {                      // all-or-nothing: any error and nothing was imported
            return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_JSON).body(reports);
        }
        catalog = result.catalog();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(reports);
    }

    private static String name(MultipartFile file) {
        return Objects.requireNonNullElse(file.getOriginalFilename(), file.getName());
    }
}
