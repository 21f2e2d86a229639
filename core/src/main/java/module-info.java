/**
 * The domain of investment-opportunity catalogs for Iran's free zones: reference data (sectors,
 * agencies), opportunities, incentives, money, Persian text and Solar Hijri dates, Jakarta Bean
 * Validation with Persian and English messages, and JSON.
 *
 * <p>Helpers of the other modules of the library are exported to those modules alone; the
 * compiler is told not to warn when one of them is not being built.
 */
@SuppressWarnings("module")
module ir.anzali.investment.catalog {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports ir.anzali.investment.catalog;
    exports ir.anzali.investment.catalog.eligibility;
    exports ir.anzali.investment.catalog.incentive;
    exports ir.anzali.investment.catalog.json;
    exports ir.anzali.investment.catalog.money;
    exports ir.anzali.investment.catalog.opportunity;
    exports ir.anzali.investment.catalog.query;
    exports ir.anzali.investment.catalog.reference;
    exports ir.anzali.investment.catalog.text;
    exports ir.anzali.investment.catalog.validation;

    exports ir.anzali.investment.catalog.internal to ir.anzali.investment.catalog.csv, ir.anzali.investment.catalog.html,
            ir.anzali.investment.catalog.cli;
    exports ir.anzali.investment.catalog.internal.text to ir.anzali.investment.catalog.csv, ir.anzali.investment.catalog.xlsx,
            ir.anzali.investment.catalog.html, ir.anzali.investment.catalog.cli, ir.anzali.investment.catalog.jdbc;

    opens ir.anzali.investment.catalog.opportunity to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens ir.anzali.investment.catalog.incentive to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens ir.anzali.investment.catalog.validation to org.hibernate.validator;
    opens ir.anzali.investment.catalog.text to com.fasterxml.jackson.databind;
    opens ir.anzali.investment.catalog.json to com.fasterxml.jackson.databind;
}
