/**
 * What CSV files hold and how an import goes: the kinds of file and their columns, the size limits,
 * the import modes, progress, and the result of an import into a catalog.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.csv;

import org.jspecify.annotations.NullMarked;
