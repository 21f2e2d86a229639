/**
 * How opportunities and incentives map to rows; not part of the API.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.jdbc.internal;

import org.jspecify.annotations.NullMarked;
