package ir.anzali.investment.catalog.benchmarks;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.xlsx.XlsxExporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes synthetic rows as an Excel workbook, through the library's own import and export. */
final class Workbooks {

    private Workbooks() {
    }

    /**
     * Imports CSV rows and exports them as a workbook.
     *
     * @param csv     the rows, as a CSV file's bytes
     * @param out     where the workbook goes
     * @param persian whether its headers are Persian
     * @throws IOException when writing fails
     */
    static void write(byte[] csv, Path out, boolean persian) throws IOException {
        // The benchmark's 100,000 rows are past the default limit of what one import holds: without
        // this, the import stops with file-too-large and the workbook would have no rows at all.
        CatalogImport imported = CatalogImporter.builder().catalogLimits(CatalogLimits.NONE).build()
                .importInto(Catalog.empty(ReferenceData.defaults()), ImportSource.of(new ByteArrayInputStream(csv),
                        "synthetic.csv"), null);
        if (!imported.valid()) {
            throw new IllegalStateException("The synthetic rows did not import: " + imported.reports());
        }
        Catalog catalog = imported.catalog();
        try (OutputStream stream = Files.newOutputStream(out)) {
            (persian ? XlsxExporter.persianHeaders() : XlsxExporter.englishHeaders()).export(catalog, stream);
        }
    }
}
