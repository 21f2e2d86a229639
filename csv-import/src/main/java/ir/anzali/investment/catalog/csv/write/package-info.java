/**
 * Writing catalogs back to CSV, and empty sheets to start from.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.csv.write;

import org.jspecify.annotations.NullMarked;
