/**
 * The catalog JSON format: whole catalogs written and read item by item, with its JSON Schema.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.json;

import org.jspecify.annotations.NullMarked;
