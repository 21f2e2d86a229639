/**
 * Streaming bulk import of opportunities and incentives from the CSV files that staff save from
 * Excel, with a per-row report, and export back to CSV. Workbooks are read down the same path for
 * rows when the workbook module provides a reader.
 */
@SuppressWarnings("module")
module ir.anzali.investment.catalog.csv {
    requires transitive ir.anzali.investment.catalog;
    requires org.apache.commons.csv;
    requires com.fasterxml.jackson.core;
    requires static transitive org.jspecify;

    exports ir.anzali.investment.catalog.csv;
    exports ir.anzali.investment.catalog.csv.read;
    exports ir.anzali.investment.catalog.csv.report;
    exports ir.anzali.investment.catalog.csv.spi;
    exports ir.anzali.investment.catalog.csv.write;

    exports ir.anzali.investment.catalog.csv.internal to ir.anzali.investment.catalog.xlsx,
            ir.anzali.investment.catalog.cli;

    uses ir.anzali.investment.catalog.csv.spi.RecordReader;
}
