package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.internal.CellNames;
import ir.anzali.investment.catalog.csv.internal.CellValue;
import ir.anzali.investment.catalog.csv.internal.WorkbookException;
import ir.anzali.investment.catalog.csv.internal.WorkbookReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code .xlsx} workbooks, streaming each sheet: a number is a number, a number formatted as
 * a date is a date in the workbook's date system, a formula is read through the result the file
 * holds, booleans and Excel errors are told apart from text. Inline and shared strings alike. The
 * archive is opened once per workbook and checked first ({@link ZipGuard}); its workbook part,
 * sheets, styles and date system are found as the Open Packaging Conventions say, Transitional or
 * Strict ({@link Parts}); a sheet's rows are cut on the reading thread ({@link SheetCutter}) and
 * parsed and converted on the workers ({@link RowXml}), so that reading keeps pace with them.
 * Stateless and thread-safe; each workbook it opens is not.
 */
public final class XlsxReader implements WorkbookReader {

    /** For the service loader. */
    public XlsxReader() {
    }

    @Override
    public Workbook open(Path file, Limits limits) throws WorkbookException, IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw ZipGuard.damaged();
        }
        try {
            ZipGuard.check(zip);
            Parts parts = new Parts(zip);
            return new Opened(zip, parts, parts.book(), limits);
        } catch (WorkbookException | IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** An open workbook. */
    private static final class Opened implements Workbook {
        private final ZipFile zip;
        private final Parts parts;
        private final Parts.Book book;
        private final Limits limits;
        private @Nullable Cells cells;

        Opened(ZipFile zip, Parts parts, Parts.Book book, Limits limits) {
            this.zip = zip;
            this.parts = parts;
            this.book = book;
            this.limits = limits;
        }

        @Override
        public List<String> sheets() {
            return book.sheets().stream().filter(Parts.Sheet::visible).map(Parts.Sheet::name).toList();
        }

        @Override
        public Rows rows(String name) throws IOException {
            Parts.Sheet sheet = book.sheets().stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No sheet " + name));
            try {
                Cells converter = cells;
                if (converter == null) {
                    // Kept only once read, so that the next sheet meets a failure to read them again.
                    converter = new Cells(book, parts.sharedStrings(book.sharedStrings()), limits);
                    cells = converter;
                }
                ZipEntry entry = parts.entry(sheet.part());
                if (entry == null) {
                    return failing(new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0,
                            "it lacks the part of sheet " + name));
                }
                return new SheetCutter(ZipGuard.counted(zip.getInputStream(entry), entry), limits, converter::convert);
            } catch (WorkbookException e) {
                return failing(e);
            }
        }

        /** Rows that fail at once, for a workbook whose parts cannot be read. */
        private static Rows failing(WorkbookException failure) {
            return new Rows() {
                @Override
                public @Nullable RawRow next() throws WorkbookException {
                    throw failure;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** Converts a row's cells into their text and typed value, within the limits; thread-safe. */
    static final class Cells {
        /** The errors Excel and Calc write as a formula's result. */
        private static final Set<String> ERRORS = Set.of("#N/A", "#VALUE!", "#REF!", "#DIV/0!",
                "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA");

        private final boolean date1904;
        private final String[] shared;
        private final Limits limits;
        /** What each style's number format shows. */
        private final Shown[] styles;

        /** What a number format shows. */
        private enum Shown {
            NUMBER, DATE, PERCENT
        }

        Cells(Parts.Book book, String[] shared, Limits limits) {
            this.date1904 = book.date1904();
            this.shared = shared;
            this.limits = limits;
            List<@Nullable String> formats = book.formats();
            Map<String, String> codes = book.codes();
            this.styles = new Shown[formats.size()];
            for (int i = 0; i < styles.length; i++) {
                Integer id = parse(formats.get(i));
                String format = formats.get(i) == null ? null : codes.get(formats.get(i));
                styles[i] = NumberFormats.isDate(id, format) ? Shown.DATE
                        : NumberFormats.isPercent(id, format) ? Shown.PERCENT : Shown.NUMBER;
            }
        }

        private static @Nullable Integer parse(@Nullable String id) {
            try {
                return id == null ? null : Integer.valueOf(id.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** Parses and converts a row's bytes; runs on any thread. */
        SheetRow convert(byte[] row, long line) throws WorkbookException {
            List<RowXml.RawCell> raw;
            try {
                raw = RowXml.cells(row, 0, row.length);
            } catch (IllegalArgumentException e) {
                throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, line,
                        "row " + line + " of its sheet cannot be read: " + e.getMessage());
            }
            int width = 0;
            for (RowXml.RawCell c : raw) {
                width = Math.max(width, c.column() + 1);
            }
            if (width > limits.maxColumns()) {
                throw new WorkbookException(WorkbookException.Reason.TOO_MANY_COLUMNS, line, String.valueOf(width));
            }
            String[] text = new String[width];
            CellValue[] typed = new CellValue[width];
            java.util.Arrays.fill(text, "");
            long chars = 0;
            for (RowXml.RawCell c : raw) {
                int i = c.column();
                read(c, i, text, typed, line);
                chars += text[i].length();
                if (text[i].length() > limits.maxCellChars() || chars > limits.maxRecordChars()) {
                    throw new WorkbookException(WorkbookException.Reason.CELL_TOO_LARGE, line, CellNames.of(i, line));
                }
            }
            return new SheetRow(line, text, typed);
        }

        private void read(RowXml.RawCell c, int i, String[] text, CellValue[] typed, long line)
                throws WorkbookException {
            text[i] = "";
            typed[i] = null;
            String value = c.value();
            if (c.formula() != null) {
                formula(c, i, text, typed, line);
                return;
            }
            switch (c.type()) {
                case "s" -> text[i] = value == null ? "" : shared(value, line, i);
                case "inlineStr" -> text[i] = c.inline() == null ? "" : c.inline();
                case "str" -> text[i] = value == null ? "" : value;
                case "b" -> {
                    if (value != null) {
                        boolean flag = isTrue(value);
                        text[i] = flag ? "TRUE" : "FALSE";
                        typed[i] = new CellValue.Flag(flag);
                    }
                }
                case "e" -> {
                    if (value != null) {
                        text[i] = value;
                        typed[i] = new CellValue.Failure(value);
                    }
                }
                default -> {
                    if (value != null && !value.isEmpty()) {
                        number(c.style(), value, i, text, typed);
                    }
                }
            }
        }

        private void formula(RowXml.RawCell c, int i, String[] text, CellValue[] typed, long line)
                throws WorkbookException {
            String raw = c.value();
            if (raw == null) {
                text[i] = "=" + c.formula();
                typed[i] = new CellValue.NoResult(text[i]);
                return;
            }
            switch (c.type()) {
                case "b" -> {
                    boolean flag = isTrue(raw);
                    text[i] = flag ? "TRUE" : "FALSE";
                    typed[i] = new CellValue.Flag(flag);
                }
                case "s" -> text[i] = shared(raw, line, i);
                case "str", "inlineStr", "e" -> {
                    text[i] = raw;
                    if (ERRORS.contains(raw)) {
                        typed[i] = new CellValue.Failure(raw);
                    }
                }
                default -> {
                    if (ERRORS.contains(raw)) {
                        text[i] = raw;
                        typed[i] = new CellValue.Failure(raw);
                    } else {
                        number(c.style(), raw, i, text, typed);
                    }
                }
            }
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

        private static boolean isTrue(String value) {
            return value.equals("1") || value.equalsIgnoreCase("true");
        }

        private String shared(String index, long line, int column) throws WorkbookException {
            try {
                return shared[Integer.parseInt(index.strip())];
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, line,
                        "cell " + CellNames.of(column, line) + " names shared string " + index + ", which it lacks");
            }
        }

        private void number(int style, String raw, int i, String[] text, CellValue[] typed) {
            Shown shown = style >= 0 && style < styles.length ? styles[style] : Shown.NUMBER;
            if (shown == Shown.NUMBER && isPlainWhole(raw)) {
                // The common case, a whole number written plainly: it is its own text.
                text[i] = raw;
                typed[i] = new CellValue.Number(BigDecimal.valueOf(Long.parseLong(raw)));
                return;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(raw.strip());
            } catch (NumberFormatException e) {
                text[i] = raw;
                return;
            }
            if (shown == Shown.DATE) {
                var day = NumberFormats.day(value, date1904);
                if (day != null) {
                    text[i] = day.toString();
                    typed[i] = new CellValue.Date(day);
                    return;
                }
            }
            BigDecimal number = shown == Shown.PERCENT ? value.movePointRight(2) : value;
            number = number.stripTrailingZeros();
            number = number.scale() < 0 ? number.setScale(0) : number;
            text[i] = number.toPlainString();
            typed[i] = new CellValue.Number(number);
        }
    }
}
