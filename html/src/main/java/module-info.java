/**
 * Self-contained HTML pages for investment-opportunity catalogs, in Persian or English: the import
 * report, with each faulty row shown in place, and the working-group dashboard, with its charts
 * drawn as inline SVG. Every value from a file is escaped by the OWASP encoder.
 */
module ir.anzali.investment.catalog.html {
    requires transitive ir.anzali.investment.catalog.csv;
    requires owasp.encoder;
    requires static transitive org.jspecify;

    exports ir.anzali.investment.catalog.html;
}
