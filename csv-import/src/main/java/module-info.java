/**
 * Streaming bulk import of opportunities and incentives from the CSV files that staff save from
 * Excel, with a per-row report, export back to CSV, and a command-line tool.
 */
module ir.anzali.investment.catalog.csv {
    requires transitive ir.anzali.investment.catalog;
    requires org.apache.commons.csv;
    requires transitive com.fasterxml.jackson.databind;
    requires java.logging;

    exports ir.anzali.investment.catalog.csv;
    exports ir.anzali.investment.catalog.csv.report;
    exports ir.anzali.investment.catalog.csv.write;
}
