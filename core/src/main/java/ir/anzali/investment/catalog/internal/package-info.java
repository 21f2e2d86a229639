/**
 * Helpers of the library's modules, exported only to those modules: no part of the API.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.internal;

import org.jspecify.annotations.NullMarked;
