package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.internal.FileFormat;
import ir.anzali.investment.catalog.csv.spi.CellNames;
import ir.anzali.investment.catalog.csv.spi.CellValue;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.csv.spi.CellRecord;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code .xlsx} workbooks, streaming each sheet: a number is a number, a number formatted as
 * a date is a date in the workbook's date system, a formula is read through the result the file
 * holds, booleans and Excel errors are told apart from text. Inline and shared strings alike. The
 * archive is opened once per workbook and checked first ({@link ZipGuard}); every part is read by
 * the XML parser ({@link XmlPart}): the workbook's sheets, date system, styles and shared strings,
 * found as the Open Packaging Conventions say, Transitional or Strict ({@link Parts}), and each
 * sheet's rows on the reading thread ({@link SheetReader}), which the workers convert, its XML
 * inflated ahead on the importer's helper when it gives one ({@link ReadAhead}). Only visible
 * worksheets are read. Stateless and thread-safe; each workbook it opens is not.
 */
public final class XlsxReader implements RecordReader {

    /** For the service loader. */
    public XlsxReader() {
    }

    /** A zip archive: whether it is an {@code .xlsx} workbook its parts tell when it is opened. */
    @Override
    public boolean reads(byte[] head, int length) {
        return FileFormat.isZip(head, length);
    }

    @Override
    public Document open(Path file, Limits limits, Path temporary) throws RecordException, IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw ZipGuard.damaged();
        }
        try {
            ZipGuard.check(zip);
            return new Opened(zip, Parts.book(zip), limits, temporary);
        } catch (RecordException | IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** An open workbook. */
    private static final class Opened implements Document {
        private final ZipFile zip;
        private final Parts.Book book;
        private final Limits limits;
        private final Path temporary;
        private @Nullable Conversion conversion;

        Opened(ZipFile zip, Parts.Book book, Limits limits, Path temporary) {
            this.zip = zip;
            this.book = book;
            this.limits = limits;
            this.temporary = temporary;
        }

        @Override
        public List<String> sheets() {
            return book.sheets().stream().map(Parts.SheetPart::name).toList();
        }

        @Override
        public Records records(String name) throws IOException {
            return records(name, null);
        }

        /**
         * The sheet's XML, and the shared strings' when they are read first, are inflated ahead of
         * the parser on the helper, when there is one ({@link ReadAhead}).
         */
        @Override
        public Records records(String name, @Nullable Executor helper) throws IOException {
            Parts.SheetPart sheet = book.sheets().stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No sheet " + name));
            try {
                if (conversion == null) {
                    conversion = new Conversion(book, Parts.styles(zip, book.styles()),
                            Parts.sharedStrings(zip, book.sharedStrings(), limits.maxCellChars(),
                                    temporary, helper), limits);
                }
                ZipEntry entry = Parts.entry(zip, sheet.part());
                if (entry == null) {
                    throw new RecordException(RecordException.Reason.UNREADABLE, 0,
                            "it lacks the part of sheet " + name);
                }
                return new SheetReader(Parts.inflated(zip, entry, helper), name, limits, conversion);
            } catch (RecordException e) {
                return failing(e);
            }
        }

        /** Rows that fail at once, for a workbook whose parts cannot be read. */
        private static Records failing(RecordException failure) {
            return new Records() {
                @Override
                public @Nullable RawRecord next() throws RecordException {
                    throw failure;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void close() throws IOException {
            try {
                if (conversion != null) {
                    conversion.shared.close();
                }
            } finally {
                zip.close();
            }
        }
    }

    /**
     * Converts a row's cells into their typed values, within the limits; thread-safe, each batch of
     * rows converted with a lookup of the shared strings of its own.
     */
    static final class Conversion implements SheetReader.Converter {
        /** The errors Excel and Calc write as a formula's result. */
        private static final Set<String> ERRORS = Set.of("#N/A", "#VALUE!", "#REF!", "#DIV/0!",
                "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA");

        private final boolean date1904;
        private final boolean calc;
        private final NumberFormats.Shown[] styles;
        private final SharedStrings shared;
        private final Limits limits;

        Conversion(Parts.Book book, NumberFormats.Shown[] styles, SharedStrings shared, Limits limits) {
            this.date1904 = book.date1904();
            this.calc = book.calc();
            this.styles = styles;
            this.shared = shared;
            this.limits = limits;
        }

        @Override
        public Batch batch() {
            SharedStrings.Lookup strings = shared.lookup();
            return row -> convert(row, strings);
        }

        /** Converts a row's cells; runs on any thread, with a lookup no other thread uses. */
        CellRecord convert(SheetReader.Cells row, SharedStrings.Lookup strings) throws RecordException {
            long line = row.line;
            int width = row.count == 0 ? 0 : row.columns[row.count - 1] + 1;
            CellValue[] cells = new CellValue[width];
            Arrays.fill(cells, CellValue.BLANK);
            for (int k = 0; k < row.count; k++) {
                int i = row.columns[k];
                cells[i] = read(row, k, i, strings);
            }
            CellRecord record = CellRecord.of(line, Arrays.asList(cells));
            long chars = 0;
            for (int k = 0; k < row.count; k++) {
                int i = row.columns[k];
                int length = record.text(i).length();
                chars += length;
                if (length > limits.maxCellChars() || chars > limits.maxRecordChars()) {
                    throw new RecordException(RecordException.Reason.CELL_TOO_LARGE, line, CellNames.of(i, line));
                }
            }
            return record;
        }

        private CellValue read(SheetReader.Cells row, int k, int i, SharedStrings.Lookup strings)
                throws RecordException {
            String value = row.value(k);
            String formula = row.formula(k);
            if (formula != null) {
                return formula(row, k, i, formula, value, strings);
            }
            return switch (row.types[k]) {
                case SheetReader.Cells.SHARED -> value == null && row.shared[k] < 0 ? CellValue.BLANK
                        : CellValue.of(shared(strings, value, row.shared[k], row.line, i));
                case SheetReader.Cells.INLINE, SheetReader.Cells.STRING -> value == null ? CellValue.BLANK
                        : CellValue.of(value);
                case SheetReader.Cells.FLAG -> value == null ? CellValue.BLANK : flag(value);
                case SheetReader.Cells.ERROR -> value == null ? CellValue.BLANK : new CellValue.Failure(value);
                default -> value == null || value.isEmpty() ? CellValue.BLANK : number(row.styles[k], value);
            };
        }

        /** A formula's cell: its result as the file holds it; none, or an empty one but text's, is no result. */
        private CellValue formula(SheetReader.Cells row, int k, int i, String formula, @Nullable String raw,
                SharedStrings.Lookup strings) throws RecordException {
            byte type = row.types[k];
            if (raw == null || raw.isEmpty() && type != SheetReader.Cells.STRING) {
                return new CellValue.NoResult("=" + formula);
            }
            return switch (type) {
                case SheetReader.Cells.FLAG -> flag(raw);
                case SheetReader.Cells.SHARED -> CellValue.of(shared(strings, raw, -1, row.line, i));
                case SheetReader.Cells.STRING, SheetReader.Cells.INLINE, SheetReader.Cells.ERROR ->
                        ERRORS.contains(raw) ? new CellValue.Failure(raw) : CellValue.of(raw);
                default -> ERRORS.contains(raw) ? new CellValue.Failure(raw) : number(row.styles[k], raw);
            };
        }

        private static CellValue flag(String value) {
            return new CellValue.Flag(value.strip().equals("1") || value.strip().equalsIgnoreCase("true"));
        }

        /**
         * The shared string a cell names: by its index read by the sheet's reader, or else by its
         * value as written.
         */
        private static String shared(SharedStrings.Lookup strings, @Nullable String written, int index, long line,
                int column) throws RecordException {
            int at = index >= 0 || written == null ? index : index(written.strip());
            String s = at < 0 ? null : strings.get(at);
            if (s == null) {
                throw new RecordException(RecordException.Reason.UNREADABLE, line, "cell " + CellNames.of(column, line)
                        + " names shared string " + (written == null ? String.valueOf(index) : written) + ", which it lacks");
            }
            return s;
        }

        /** One to nine digits read as a number, or -1. */
        private static int index(String digits) {
            if (digits.isEmpty() || digits.length() > 9) {
                return -1;
            }
            int n = 0;
            for (int k = 0; k < digits.length(); k++) {
                char c = digits.charAt(k);
                if (c < '0' || c > '9') {
                    return -1;
                }
                n = n * 10 + c - '0';
            }
            return n;
        }

        private CellValue number(int style, String raw) {
            NumberFormats.Shown shown = style >= 0 && style < styles.length ? styles[style] : NumberFormats.Shown.NUMBER;
            if (shown == NumberFormats.Shown.NUMBER && isPlainWhole(raw)) {
                // The common case, a whole number written plainly.
                return new CellValue.Number(BigDecimal.valueOf(Long.parseLong(raw)));
            }
            String written = raw.strip();
            int point = shown == NumberFormats.Shown.PERCENT ? 2 : 0;
            switch (Numbers.kind(written, point)) {
                case NOT_A_NUMBER -> {
                    return CellValue.of(raw);
                }
                case UNBOUNDED -> {
                    return new CellValue.Unbounded(written);
                }
                default -> { }
            }
            if (shown == NumberFormats.Shown.DATE) {
                BigDecimal value = Numbers.value(written, 0);
                var day = NumberFormats.day(value, date1904);
                if (day != null) {
                    return new CellValue.Date(day);
                }
                var typedDay = NumberFormats.solarHijri(value, date1904, calc);
                return typedDay != null ? typedDay : new CellValue.Number(value);
            }
            return new CellValue.Number(Numbers.value(written, point));
        }

        /** Digits only, at most 18, with no leading zero unless it is {@code 0}, and an optional minus. */
        private static boolean isPlainWhole(String raw) {
            int start = raw.startsWith("-") ? 1 : 0;
            int digits = raw.length() - start;
            if (digits < 1 || digits > 18 || (raw.charAt(start) == '0' && digits > 1)) {
                return false;
            }
            for (int k = start; k < raw.length(); k++) {
                char ch = raw.charAt(k);
                if (ch < '0' || ch > '9') {
                    return false;
                }
            }
            return !raw.equals("-0");
        }
    }
}
