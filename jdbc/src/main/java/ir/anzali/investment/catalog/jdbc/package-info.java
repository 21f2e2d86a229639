/**
 * The catalog in a database: {@link ir.anzali.investment.catalog.jdbc.CatalogStore}.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.jdbc;

import org.jspecify.annotations.NullMarked;
