/**
 * Excel workbooks: {@link ir.anzali.investment.catalog.xlsx.XlsxExporter} writes catalogs and
 * templates; with this module present, {@code CatalogImporter} reads {@code .xlsx} files as it reads
 * CSV files.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.xlsx;

import org.jspecify.annotations.NullMarked;
