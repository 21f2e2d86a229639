package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.internal.DropdownWarning;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.internal.FormulaGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ListDataValidation;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes workbooks with fastexcel, streaming: one sheet per kind with its header row bold, frozen
 * and annotated with each column's note ({@link Column#note()}), right-to-left in Persian; values
 * typed (numbers, dates) and text always as string cells, never formulas; dropdown lists on coded
 * columns fed from a hidden sheet, with the warning of {@link DropdownWarning}. Rows go to the output as they are written, so memory does not
 * grow with the catalog.
 */
public final class WorkbookWriter {

    private static final int FLUSH_EVERY = 1000;
    private static final LocalDate FIRST_DATE_CELL = LocalDate.of(1900, 3, 1);
    private static final int MAX_EXACT_DIGITS = 15;
    /**
     * A date in the Persian (Solar Hijri) calendar, calendar 0x10 of locale 0x0429: Excel shows
     * 1405/09/06; LibreOffice Calc, which does not implement that calendar in this notation, shows
     * the Gregorian date. The {@code [$-fa-IR,16]} notation says the same to Excel but leaves Calc
     * showing the serial number.
     */
    private static final String SOLAR_HIJRI = "[$-100429]yyyy/mm/dd";

    private final boolean persian;
    private final Locale locale;
    private final Vocabulary vocabulary;
    private final List<String> incentiveIds;

    /**
     * A writer.
     *
     * @param persian      whether headers, names and sheets are Persian
     * @param vocabulary   the coded values in that language
     * @param incentiveIds the incentive ids the incentives column offers
     */
    public WorkbookWriter(boolean persian, Vocabulary vocabulary, List<String> incentiveIds) {
        this.persian = persian;
        this.locale = persian ? Locale.forLanguageTag("fa") : Locale.ENGLISH;
        this.vocabulary = vocabulary;
        this.incentiveIds = List.copyOf(incentiveIds);
    }

    /** The rows of one sheet, each the cells of its kind's columns as the CSV exporter writes them. */
    public record Sheet(Kind kind, Iterator<List<String>> rows) {
    }

    /**
     * Writes a workbook.
     *
     * @param sheets the sheets, in order
     * @param out    where to write; not closed
     * @throws IOException when writing fails
     */
    public void write(List<Sheet> sheets, OutputStream out) throws IOException {
        Workbook book = new Workbook(out, "investment-catalog", "1.0");
        List<Worksheet> kinds = new ArrayList<>();
        for (Sheet sheet : sheets) {
            kinds.add(book.newWorksheet(persian ? sheet.kind().persianName() : sheet.kind().reportName()));
        }
        Worksheet lists = book.newWorksheet(persian ? "فهرست‌ها" : "lists");
        Map<String, Range> ranges = lists(lists);
        for (int i = 0; i < sheets.size(); i++) {
            sheet(kinds.get(i), sheets.get(i), ranges);
        }
        lists.setVisibilityState(VisibilityState.HIDDEN);
        lists.finish();
        book.finish();
    }

    /** Writes the dropdown lists, one column each, and gives the range of each. */
    private Map<String, Range> lists(Worksheet ws) {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(vocabulary.lists());
        all.put("incentive", incentiveIds);
        Map<String, Range> ranges = new HashMap<>();
        int column = 0;
        for (Map.Entry<String, List<String>> list : all.entrySet()) {
            ws.value(0, column, list.getKey());
            List<String> values = list.getValue();
            for (int i = 0; i < values.size(); i++) {
                ws.value(i + 1, column, values.get(i));
            }
            if (!values.isEmpty()) {
                ranges.put(list.getKey(), ws.range(1, column, values.size(), column));
            }
            column++;
        }
        return ranges;
    }

    private void sheet(Worksheet ws, Sheet sheet, Map<String, Range> ranges) throws IOException {
        List<Column> columns = sheet.kind().columns();
        if (persian) {
            ws.rightToLeft();
        }
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            ws.value(0, c, column.header(persian));
            ws.comment(0, c, column.note().text(locale));
            ws.width(c, width(column));
        }
        ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDEBF7").wrapText(true).set();
        ws.freezePane(0, 1);
        int r = 1;
        for (Iterator<List<String>> rows = sheet.rows(); rows.hasNext(); r++) {
            List<String> cells = rows.next();
            for (int c = 0; c < columns.size(); c++) {
                cell(ws, r, c, columns.get(c), cells.get(c));
            }
            if (r % FLUSH_EVERY == 0) {
                ws.flush();
            }
        }
        // The dropdowns reach the sheet's last row, for every row staff add, however many.
        int last = Worksheet.MAX_ROWS - 1;
        for (int c = 0; c < columns.size(); c++) {
            String list = columns.get(c).codeList();
            Range values = list == null ? null : ranges.get(list);
            if (values != null) {
                ListDataValidation v = ws.range(1, c, last, c).validateWithList(values).allowBlank(true);
                if (columns.get(c).type() == Column.Type.LIST) {
                    v.errorStyle(DataValidationErrorStyle.INFORMATION).showErrorMessage(false);
                } else {
                    v.errorStyle(DataValidationErrorStyle.WARNING).showErrorMessage(true)
                            .errorTitle(DropdownWarning.title(locale)).error(DropdownWarning.text(locale));
                }
            }
        }
        ws.finish();
    }

    /**
     * Writes one cell of a CSV row as the workbook's kind of cell: a number, a date, or text. A
     * number cell is grouped in thousands for an amount or a quantity.
     */
    private void cell(Worksheet ws, int r, int c, Column column, String csv) {
        if (csv.isEmpty()) {
            return;
        }
        switch (column.type()) {
            case DECIMAL, PERCENT, INTEGER -> number(ws, r, c, false, csv);
            case AMOUNT, QUANTITY -> number(ws, r, c, true, csv);
            case DATE -> date(ws, r, c, csv);
            default -> ws.value(r, c, text(column, csv));
        }
    }

    /** Text without the CSV formula guard, which a string cell never needs; codes by their names. */
    private String text(Column column, String csv) {
        String list = column.codeList();
        if (column.type() != Column.Type.LIST) {
            return list == null ? FormulaGuard.unguard(csv) : vocabulary.name(list, csv);
        }
        List<String> items = new ArrayList<>();
        for (String item : csv.split(";", -1)) {
            items.add(list == null ? FormulaGuard.unguard(item) : vocabulary.name(list, item));
        }
        return String.join(";", items);
    }

    /**
     * A number cell when the number has at most 15 significant digits, which a cell's floating point
     * keeps exactly, and no zeros after its last decimal digit, which a cell would drop; else the
     * CSV exporter's text, which the importer reads as exactly.
     */
    private static void number(Worksheet ws, int r, int c, boolean grouped, String csv) {
        BigDecimal value;
        try {
            value = new BigDecimal(csv);
        } catch (NumberFormatException e) {
            ws.value(r, c, csv);
            return;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.precision() > MAX_EXACT_DIGITS || value.scale() > 0 && value.scale() != plain.scale()) {
            ws.value(r, c, csv);
            return;
        }
        ws.value(r, c, plain);
        if (grouped) {
            int decimals = Math.max(0, plain.scale());
            ws.style(r, c).format(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).set();
        }
    }

    /** A date cell, shown in Solar Hijri in a Persian workbook, when the day can be one; else ISO text. */
    private void date(Worksheet ws, int r, int c, String csv) {
        LocalDate day = LocalDate.parse(csv);
        if (day.isBefore(FIRST_DATE_CELL)) {
            ws.value(r, c, csv);
            return;
        }
        ws.value(r, c, day);
        ws.style(r, c).format(persian ? SOLAR_HIJRI : "yyyy-mm-dd").set();
    }

    /** A column's width in characters. */
    private static double width(Column column) {
        String name = column.name();
        if (name.startsWith("summary") || name.equals("address") || name.equals("legal_basis")) {
            return 40;
        }
        if (name.startsWith("title")) {
            return 32;
        }
        return column.type() == Column.Type.DATE ? 14 : 20;
    }
}
