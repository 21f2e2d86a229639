/**
 * The catalog in a relational database over plain JDBC: PostgreSQL 13+ in production, H2 2.x
 * embedded. Flyway migrations shipped in the jar, imports streamed into one transaction, an import log.
 */
@SuppressWarnings({"module", "requires-automatic"})
module ir.anzali.investment.catalog.jdbc {
    requires transitive ir.anzali.investment.catalog.csv;
    requires transitive java.sql;
    requires flyway.core;
    requires static org.postgresql.jdbc;
    requires static org.checkerframework.checker.qual;
    requires static transitive org.jspecify;

    exports ir.anzali.investment.catalog.jdbc;
}
