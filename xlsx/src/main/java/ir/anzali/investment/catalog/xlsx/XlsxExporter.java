package ir.anzali.investment.catalog.xlsx;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.internal.CsvRows;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.xlsx.internal.Vocabulary;
import ir.anzali.investment.catalog.xlsx.internal.WorkbookWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;

/**
 * Writes catalogs as Excel workbooks ({@code .xlsx}), and empty workbooks for staff to fill: one
 * sheet per kind ({@code فرصت‌ها} and {@code مشوق‌ها}, right-to-left, with Persian headers; or
 * {@code opportunities} and {@code incentives}), the header row bold and frozen with each column's
 * rule in its note, numbers and dates as real number and date cells (dates shown in Solar Hijri in a
 * Persian workbook), text always as text and never as a formula, and dropdown lists on every coded
 * column fed from a hidden sheet of the reference data. Importing what it writes gives back an equal
 * catalog (an opportunity's status history apart, which the format does not carry). Immutable and
 * thread-safe.
 */
public final class XlsxExporter {

    private final boolean persian;

    private XlsxExporter(boolean persian) {
        this.persian = persian;
    }

    /**
     * An exporter writing Persian headers, sheet names and coded values, right to left.
     *
     * @return the exporter, never null
     */
    public static XlsxExporter persianHeaders() {
        return new XlsxExporter(true);
    }

    /**
     * An exporter writing English headers and sheet names, and codes.
     *
     * @return the exporter, never null
     */
    public static XlsxExporter englishHeaders() {
        return new XlsxExporter(false);
    }

    /**
     * Writes a catalog's opportunities and incentives, in id order, each kind on its sheet.
     *
     * @param catalog the catalog, not null
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    public void export(Catalog catalog, OutputStream out) throws IOException {
        writer(catalog).write(List.of(
                new WorkbookWriter.Sheet(Kind.OPPORTUNITIES, catalog.opportunities().stream().map(CsvRows::of).iterator()),
                new WorkbookWriter.Sheet(Kind.INCENTIVES, catalog.incentives().stream().map(CsvRows::of).iterator())),
                out);
    }

    /**
     * Writes an empty workbook to start from: both sheets with their header rows, rules and dropdown
     * lists of the catalog's reference data and incentives.
     *
     * @param catalog the catalog whose sectors, agencies and incentives the lists offer, not null
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    public void template(Catalog catalog, OutputStream out) throws IOException {
        writer(catalog).write(List.of(
                new WorkbookWriter.Sheet(Kind.OPPORTUNITIES, Collections.emptyIterator()),
                new WorkbookWriter.Sheet(Kind.INCENTIVES, Collections.emptyIterator())), out);
    }

    private WorkbookWriter writer(Catalog catalog) {
        return new WorkbookWriter(persian, new Vocabulary(catalog.referenceData(), persian),
                catalog.incentives().stream().map(Incentive::id).map(id -> id.value()).toList());
    }
}
