package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.internal.CellNames;
import ir.anzali.investment.catalog.csv.internal.CellValue;
import ir.anzali.investment.catalog.csv.internal.WorkbookException;
import ir.anzali.investment.catalog.csv.internal.WorkbookReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code .xlsx} workbooks with fastexcel-reader, streaming each sheet: a number is a number, a
 * number formatted as a date is a date in the workbook's date system, a formula is read through the
 * result the file holds, booleans and Excel errors are told apart from text. Inline and shared
 * strings alike. The archive is checked first ({@link ZipGuard}). Stateless and thread-safe; each
 * workbook it opens is not.
 */
public final class XlsxReader implements WorkbookReader {

    /** For the service loader. */
    public XlsxReader() {
    }

    @Override
    public Workbook open(Path file, Limits limits) throws WorkbookException, IOException {
        ZipGuard.check(file);
        ReadableWorkbook book;
        try {
            book = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (ExcelReaderException | IllegalArgumentException | IllegalStateException e) {
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0, describe(e));
        } catch (IOException e) {
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0, describe(e));
        }
        return new Opened(book, limits);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    /** An open workbook. */
    private static final class Opened implements Workbook {
        private final ReadableWorkbook book;
        private final Limits limits;

        Opened(ReadableWorkbook book, Limits limits) {
            this.book = book;
            this.limits = limits;
        }

        @Override
        public List<String> sheets() {
            return book.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).map(Sheet::getName)
                    .toList();
        }

        @Override
        public Rows rows(String name) throws IOException {
            Sheet sheet = book.getSheets().filter(s -> s.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No sheet " + name));
            Stream<Row> stream = sheet.openStream();
            return new SheetRows(stream, new Cells(book.isDate1904()), limits);
        }

        @Override
        public void close() throws IOException {
            book.close();
        }
    }

    /** A sheet's rows, converted one at a time. */
    private static final class SheetRows implements Rows {
        private final Stream<Row> stream;
        private final Iterator<Row> rows;
        private final Cells cells;
        private final Limits limits;

        SheetRows(Stream<Row> stream, Cells cells, Limits limits) {
            this.stream = stream;
            this.rows = stream.iterator();
            this.cells = cells;
            this.limits = limits;
        }

        @Override
        public @Nullable RawRow next() throws WorkbookException {
            Row row;
            try {
                if (!rows.hasNext()) {
                    return null;
                }
                row = rows.next();
            } catch (ExcelReaderException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0, describe(e));
            }
            int count = row.getCellCount();
            if (count > limits.maxColumns()) {
                throw new WorkbookException(WorkbookException.Reason.TOO_MANY_COLUMNS, row.getRowNum(),
                        String.valueOf(count));
            }
            long chars = 0;
            for (int i = 0; i < count; i++) {
                Cell cell = row.getCell(i);
                String raw = cell == null ? null : cell.getRawValue();
                int length = raw == null ? 0 : raw.length();
                chars += length;
                if (length > limits.maxCellChars() || chars > limits.maxRecordChars()) {
                    throw new WorkbookException(WorkbookException.Reason.CELL_TOO_LARGE, row.getRowNum(),
                            CellNames.of(i, row.getRowNum()));
                }
            }
            return () -> cells.convert(row);
        }

        @Override
        public void close() {
            stream.close();
        }
    }

    /** Reads cells into their text and typed value; thread-safe. */
    static final class Cells {
        /** The errors Excel and Calc write as a formula's result. */
        private static final Set<String> ERRORS = Set.of("#N/A", "#VALUE!", "#REF!", "#DIV/0!",
                "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA");

        private final boolean date1904;
        private final Map<Integer, Shown> formats = new ConcurrentHashMap<>();

        /** What a number format shows. */
        private enum Shown {
            NUMBER, DATE, PERCENT
        }

        Cells(boolean date1904) {
            this.date1904 = date1904;
        }

        SheetRow convert(Row row) {
            int count = row.getCellCount();
            String[] text = new String[count];
            CellValue[] typed = new CellValue[count];
            for (int i = 0; i < count; i++) {
                read(row.getCell(i), i, text, typed);
            }
            return new SheetRow(row.getRowNum(), text, typed);
        }

        void read(@Nullable Cell cell, int i, String[] text, CellValue[] typed) {
            text[i] = "";
            if (cell == null) {
                return;
            }
            switch (cell.getType()) {
                case STRING -> text[i] = cell.getRawValue() == null ? "" : cell.asString();
                case NUMBER -> number(cell, cell.asNumber(), i, text, typed);
                case BOOLEAN -> {
                    boolean value = Boolean.TRUE.equals(cell.asBoolean());
                    text[i] = value ? "TRUE" : "FALSE";
                    typed[i] = new CellValue.Flag(value);
                }
                case ERROR -> {
                    text[i] = String.valueOf(cell.getRawValue());
                    typed[i] = new CellValue.Failure(text[i]);
                }
                case FORMULA -> formula(cell, i, text, typed);
                default -> { }
            }
        }

        private void formula(Cell cell, int i, String[] text, CellValue[] typed) {
            Object value = cell.getValue();
            String raw = cell.getRawValue();
            if (raw == null) {
                text[i] = "=" + cell.getFormula();
                typed[i] = new CellValue.NoResult(text[i]);
            } else if (value instanceof BigDecimal number) {
                number(cell, number, i, text, typed);
            } else if (value instanceof Boolean flag) {
                text[i] = flag ? "TRUE" : "FALSE";
                typed[i] = new CellValue.Flag(flag);
            } else if (ERRORS.contains(raw)) {
                text[i] = raw;
                typed[i] = new CellValue.Failure(raw);
            } else {
                text[i] = raw;
            }
        }

        private void number(Cell cell, BigDecimal value, int i, String[] text, CellValue[] typed) {
            Shown shown = shown(cell);
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

        /** What a cell's number format shows, decided once for each format of the workbook. */
        private Shown shown(Cell cell) {
            Integer id = cell.getDataFormatId();
            if (id == null) {
                return Shown.NUMBER;
            }
            return formats.computeIfAbsent(id, key -> {
                String format = cell.getDataFormatString();
                return NumberFormats.isDate(key, format) ? Shown.DATE
                        : NumberFormats.isPercent(key, format) ? Shown.PERCENT : Shown.NUMBER;
            });
        }
    }
}
