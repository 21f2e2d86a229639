/**
 * Reading and writing workbooks: the zip and its parts, sheets cut into rows, cells and their
 * number formats. No part of the API.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.xlsx.internal;

import org.jspecify.annotations.NullMarked;
