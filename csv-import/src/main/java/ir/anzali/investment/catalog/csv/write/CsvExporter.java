package ir.anzali.investment.catalog.csv.write;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.internal.CsvRows;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes catalogs back to the CSV format (§6): UTF-8 with a byte-order mark, CRLF line ends,
 * commas, every column, English or Persian headers. Values are canonical — ISO dates, plain ASCII
 * decimals, ISO currency codes, codes for coded columns, lists joined with {@code ;} — and text a
 * spreadsheet would run as a formula gets a leading {@code '}. Importing the output gives back equal
 * objects (an opportunity's status history is not part of the format). Immutable and thread-safe.
 */
public final class CsvExporter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final boolean persianHeaders;

    private CsvExporter(boolean persianHeaders) {
        this.persianHeaders = persianHeaders;
    }

    /**
     * An exporter writing English headers.
     *
     * @return the exporter, never null
     */
    public static CsvExporter englishHeaders() {
        return new CsvExporter(false);
    }

    /**
     * An exporter writing Persian headers.
     *
     * @return the exporter, never null
     */
    public static CsvExporter persianHeaders() {
        return new CsvExporter(true);
    }

    /**
     * Writes the opportunities or the incentives of a catalog, in id order.
     *
     * @param catalog the catalog, not null
     * @param kind    which items, not null
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    public void export(Catalog catalog, Kind kind, OutputStream out) throws IOException {
        Writer writer = writer(out);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        header(printer, kind);
        if (kind == Kind.OPPORTUNITIES) {
            for (Opportunity o : catalog.opportunities()) {
                printer.printRecord(CsvRows.of(o));
            }
        } else {
            for (Incentive i : catalog.incentives()) {
                printer.printRecord(CsvRows.of(i));
            }
        }
        printer.flush();
    }

    /**
     * Writes the header row alone, for staff to start a sheet from.
     *
     * @param kind which file, not null
     * @param out  where to write; not closed
     * @throws IOException when writing fails
     */
    public void template(Kind kind, OutputStream out) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer(out), FORMAT);
        header(printer, kind);
        printer.flush();
    }

    private static Writer writer(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return writer;
    }

    private void header(CSVPrinter printer, Kind kind) throws IOException {
        List<String> names = new ArrayList<>();
        for (Column c : kind.columns()) {
            names.add(c.header(persianHeaders));
        }
        printer.printRecord(names);
    }
}
