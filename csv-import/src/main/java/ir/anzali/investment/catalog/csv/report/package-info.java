/**
 * Import reports: every problem with its line, row, column, value, code and message, and their JSON
 * with its JSON Schema.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.csv.report;

import org.jspecify.annotations.NullMarked;
