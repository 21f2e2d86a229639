/**
 * A small web application on the Spring Boot starter: uploads of opportunities and incentives
 * validated and imported into the catalog in the database (the starter's store: H2 in a file by
 * default, PostgreSQL by {@code spring.datasource.*}), opportunities queried in the library's JSON,
 * the report page and the dashboard.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.example;

import org.jspecify.annotations.NullMarked;
