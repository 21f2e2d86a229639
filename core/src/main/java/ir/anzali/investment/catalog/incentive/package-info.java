/**
 * Incentives offered to investors: their ids, types and the conditions they set.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.incentive;

import org.jspecify.annotations.NullMarked;
