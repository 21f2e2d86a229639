/**
 * Reference data: sectors with their subsectors and industry classes, agencies, and investment
 * models.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.reference;

import org.jspecify.annotations.NullMarked;
