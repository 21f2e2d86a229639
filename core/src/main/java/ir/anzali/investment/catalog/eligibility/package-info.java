/**
 * Which incentives an opportunity qualifies for, with one reason per condition in Persian and
 * English.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.eligibility;

import org.jspecify.annotations.NullMarked;
