/**
 * The {@code ./catalog} application: validate, import, export, match, summarize and search
 * investment-opportunity catalogs from a terminal, in Persian or English, kept in a JSON file or in a
 * database. An application built on the library, with picocli; library users never need it.
 */
module ir.anzali.investment.catalog.cli {
    requires ir.anzali.investment.catalog.csv;
    requires ir.anzali.investment.catalog.xlsx;
    requires ir.anzali.investment.catalog.html;
    requires ir.anzali.investment.catalog.jdbc;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires java.logging;
    requires static org.jspecify;

    opens ir.anzali.investment.catalog.cli to info.picocli;
}
