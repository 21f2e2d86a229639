/**
 * Money as an amount and a currency, amounts as people write them in Persian and English, and
 * exchange rates.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.money;

import org.jspecify.annotations.NullMarked;
