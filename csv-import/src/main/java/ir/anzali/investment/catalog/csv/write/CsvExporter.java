package ir.anzali.investment.catalog.csv.write;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.FormulaGuard;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Location;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.text.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import ir.anzali.investment.catalog.text.NumberParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
                printer.printRecord(row(o));
            }
        } else {
            for (Incentive i : catalog.incentives()) {
                printer.printRecord(row(i));
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

    static List<String> row(Opportunity o) {
        Location l = o.location();
        return java.util.Arrays.asList(
                o.id().value(), text(o.title().fa()), text(o.title().en()),
                o.summary() == null ? "" : text(o.summary().fa()), o.summary() == null ? "" : text(o.summary().en()),
                o.sector().code(), code(o.subsector()), text(l.area()), text(l.address()), decimal(l.latitude()),
                decimal(l.longitude()), quantity(l.landAreaM2()), code(l.landTenure()), amount(o.investment()),
                currency(o.investment()), code(o.investmentModel()), o.status().code(), decimal(o.irrPercent()),
                decimal(o.paybackYears()), integer(o.directJobs()), integer(o.youthJobs()), o.leadAgency().code(),
                codes(o.partnerAgencies()), join(o.incentives().stream().map(Object::toString).toList()),
                date(o.publishedOn()), date(o.deadline()), text(o.contactEmail()), text(o.contactPhone()),
                o.feasibilityUrl() == null ? "" : text(o.feasibilityUrl().toString()), texts(o.tags()));
    }

    static List<String> row(Incentive i) {
        return java.util.Arrays.asList(
                i.id().value(), i.type().code(), text(i.title().fa()), text(i.title().en()), text(i.legalBasis()),
                i.authority().code(), decimal(i.benefitPercent()), integer(i.durationYears()), codes(i.sectors()),
                codes(i.subsectors()), texts(i.areas()), codes(i.investmentModels()), amount(i.minInvestment()),
                currency(i.minInvestment()), integer(i.minDirectJobs()), integer(i.minYouthJobs()),
                date(i.validFrom()), date(i.validTo()));
    }

    private static String text(String value) {
        return value == null ? "" : FormulaGuard.guard(value);
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** An amount or area, written so that it is not read as a number with a thousands separator. */
    private static String quantity(BigDecimal value) {
        return value == null ? "" : NumberParser.writeUnambiguous(value);
    }

    private static String integer(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    private static String amount(Money value) {
        return value == null ? "" : quantity(value.amount());
    }

    private static String currency(Money value) {
        return value == null ? "" : value.currency().getCurrencyCode();
    }

    private static String code(Named value) {
        return value == null ? "" : value.code();
    }

    private static String codes(List<? extends Named> values) {
        return join(values.stream().map(Named::code).toList());
    }

    private static String texts(List<String> values) {
        return join(values.stream().map(CsvExporter::text).toList());
    }

    private static String join(List<String> values) {
        return String.join(";", values);
    }
}
