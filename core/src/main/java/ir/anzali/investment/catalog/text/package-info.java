/**
 * Persian text: normalization, numbers and dates as people write them, Solar Hijri dates, search
 * keys and display in Persian or English.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.text;

import org.jspecify.annotations.NullMarked;
