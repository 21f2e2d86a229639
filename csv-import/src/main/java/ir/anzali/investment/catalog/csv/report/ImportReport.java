package ir.anzali.investment.catalog.csv.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The report of one validate or import run over one file (CSV format §5). Every data row is
 * accounted for: {@code rowsRead = accepted + rejected + skipped}. Errors past the error limit are
 * counted in {@link #errorCount()} but not listed. Immutable and thread-safe.
 *
 * @param file       the file's name, not null
 * @param kind       {@code opportunities} or {@code incentives}, not null
 * @param encoding   the encoding read with, or null when the file could not be opened that far
 * @param delimiter  the delimiter read with, or null when none was found
 * @param columns    the canonical names of the recognized columns, in file order, not null
 * @param rowsRead   the data rows read
 * @param accepted   the rows without errors
 * @param rejected   the rows with at least one error
 * @param skipped    the blank rows
 * @param errorCount all errors, listed or not
 * @param errors     the errors listed, at most the error limit, not null
 * @param warnings   the warnings, not null
 * @param sheet      for a workbook, the sheet read; null for a CSV file
 * @param cells      the header and the rows with listed errors as they were in the file, for showing
 *                   problems in place (not part of the JSON), not null
 */
public record ImportReport(String file, String kind, @Nullable String encoding, @Nullable String delimiter,
        List<String> columns, long rowsRead, long accepted, long rejected, long skipped, long errorCount,
        List<Problem> errors, List<Problem> warnings, @Nullable String sheet, FileCells cells) {

    /**
     * The report of a CSV file, which has no sheets.
     *
     * @param file       the file's name, not null
     * @param kind       {@code opportunities} or {@code incentives}, not null
     * @param encoding   the encoding read with, or null
     * @param delimiter  the delimiter read with, or null
     * @param columns    the recognized columns, not null
     * @param rowsRead   the data rows read
     * @param accepted   the rows without errors
     * @param rejected   the rows with at least one error
     * @param skipped    the blank rows
     * @param errorCount all errors, listed or not
     * @param errors     the errors listed, not null
     * @param warnings   the warnings, not null
     * @throws IllegalArgumentException when the counts do not add up
     */
    public ImportReport(String file, String kind, @Nullable String encoding, @Nullable String delimiter,
            List<String> columns, long rowsRead, long accepted, long rejected, long skipped, long errorCount,
            List<Problem> errors, List<Problem> warnings) {
        this(file, kind, encoding, delimiter, columns, rowsRead, accepted, rejected, skipped, errorCount, errors,
                warnings, null, FileCells.none());
    }

    /**
     * Checks the counts and copies the lists.
     *
     * @throws IllegalArgumentException when the counts do not add up
     */
    public ImportReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cells, "cells");
        columns = List.copyOf(columns);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (rowsRead != accepted + rejected + skipped) {
            throw new IllegalArgumentException("rowsRead " + rowsRead + " != accepted " + accepted + " + rejected "
                    + rejected + " + skipped " + skipped);
        }
        if (errorCount < errors.size()) {
            throw new IllegalArgumentException("errorCount " + errorCount + " < listed errors " + errors.size());
        }
    }

    /**
     * True exactly when there is no error.
     *
     * @return whether the file is valid
     */
    public boolean valid() {
        return errorCount == 0;
    }

    /**
     * Tells whether a file-level error stopped the run.
     *
     * @return true when an error of {@link ErrorCode.Level#FILE} was found
     */
    public boolean stoppedByFileError() {
        return errors.stream().anyMatch(p -> p.code().level() == ErrorCode.Level.FILE);
    }
}
