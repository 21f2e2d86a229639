/**
 * Investment opportunities: their ids, locations, land tenures, statuses and lifecycle.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.opportunity;

import org.jspecify.annotations.NullMarked;
