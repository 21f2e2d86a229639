/**
 * The extension point for file formats: a {@link ir.anzali.investment.catalog.csv.spi.RecordReader}
 * reads the records of a file — typed cells ({@link ir.anzali.investment.catalog.csv.spi.CellValue})
 * with their row numbers — and the importer sends them down the one path from records to the report
 * that every format takes. The library reads CSV with one, the workbook module provides one for
 * {@code .xlsx}; another jar may provide one for another format through
 * {@link java.util.ServiceLoader}.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.csv.spi;

import org.jspecify.annotations.NullMarked;
