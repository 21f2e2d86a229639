/**
 * The catalog: an immutable set of opportunities and incentives over reference data, the problems
 * that keep one from being built, and the result of merging imports into it.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog;

import org.jspecify.annotations.NullMarked;
