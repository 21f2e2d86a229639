/**
 * Queries over a catalog, and the figures the joint working groups report.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.query;

import org.jspecify.annotations.NullMarked;
