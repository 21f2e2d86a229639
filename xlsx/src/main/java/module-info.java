/**
 * Excel workbooks for investment-opportunity catalogs: reads opportunities and incentives from
 * {@code .xlsx} files down the same path for rows as CSV files (with this module present,
 * {@code CatalogImporter} reads workbooks too), and writes catalogs and templates with dropdown lists.
 */
module ir.anzali.investment.catalog.xlsx {
    requires transitive ir.anzali.investment.catalog.csv;
    requires com.fasterxml.aalto;
    requires org.dhatim.fastexcel;
    requires java.xml;
    requires static transitive org.jspecify;

    exports ir.anzali.investment.catalog.xlsx;

    provides ir.anzali.investment.catalog.csv.spi.RecordReader
            with ir.anzali.investment.catalog.xlsx.internal.XlsxReader;
}
