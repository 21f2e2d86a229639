/**
 * Digits and message bundles for the library's modules, exported only to them: no part of the API.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.internal.text;

import org.jspecify.annotations.NullMarked;
