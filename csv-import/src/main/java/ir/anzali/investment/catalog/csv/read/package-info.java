/**
 * Reading CSV files: validation, streaming and import into a catalog, with a report of every
 * problem.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.csv.read;

import org.jspecify.annotations.NullMarked;
