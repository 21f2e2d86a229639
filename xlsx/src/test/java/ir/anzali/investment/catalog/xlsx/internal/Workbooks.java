package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.spi.CellRecord;
import ir.anzali.investment.catalog.csv.spi.CellValue;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Workbooks for the tests: written by fastexcel, then with some of their parts rewritten as another
 * program, or a careless or hostile sender, might write them; and what the library reads of them.
 */
public final class Workbooks {

    /** The namespace of a sheet's elements. */
    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** The first sheet's part in what {@link #plain} writes. */
    public static final String SHEET = "xl/worksheets/sheet1.xml";
    /** The workbook part. */
    public static final String WORKBOOK = "xl/workbook.xml";
    /** The workbook's relationships. */
    public static final String RELATIONSHIPS = "xl/_rels/workbook.xml.rels";

    private Workbooks() {
    }

    /**
     * A workbook of one sheet, {@code opportunities}, whose style 1 shows a date and whose first
     * shared string is {@code x}.
     */
    public static Path plain(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("opportunities");
            ws.value(0, 0, "x");
            ws.value(1, 0, 0);
            ws.style(1, 0).format("yyyy-mm-dd").set();
            wb.finish();
        }
        return file;
    }

    /** A sheet's XML of rows, as a UTF-8 sheet part declares itself. */
    public static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    /**
     * A copy of a workbook with parts changed, added (the change is given an empty text) or kept.
     *
     * @param changes each part's new bytes from its old text, by part name
     */
    public static Path rewrite(Path workbook, Path copy, Map<String, Function<String, byte[]>> changes)
            throws Exception {
        Map<String, Function<String, byte[]>> left = new LinkedHashMap<>(changes);
        try (ZipFile in = new ZipFile(workbook.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                Function<String, byte[]> change = left.remove(e.getName());
                put(zip, e.getName(), change == null ? bytes : change.apply(new String(bytes, StandardCharsets.UTF_8)));
            }
            for (Map.Entry<String, Function<String, byte[]>> added : left.entrySet()) {
                put(zip, added.getKey(), added.getValue().apply(""));
            }
        }
        return copy;
    }

    /** A copy of a workbook whose first sheet's XML is changed, in UTF-8. */
    public static Path withSheet(Path workbook, Path copy, Function<String, String> change) throws Exception {
        return rewrite(workbook, copy, Map.of(SHEET, utf8(change)));
    }

    /** A change of a part's text, written back in UTF-8. */
    public static Function<String, byte[]> utf8(Function<String, String> change) {
        return xml -> change.apply(xml).getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Every row of a sheet as the library reads it: its number, its cells' text and typed values.
     *
     * @throws RecordException when the reading stops
     */
    public static List<String> rows(Path file, String sheet) throws Exception {
        List<String> rows = new ArrayList<>();
        try (RecordReader.Document book = new XlsxReader().open(file, Limits.DEFAULT);
                RecordReader.Records read = book.records(sheet)) {
            for (RecordReader.RawRecord raw = read.next(); raw != null; raw = read.next()) {
                rows.add(describe(raw.convert()));
            }
        }
        return rows;
    }

    /** A row as {@code 2 [text…] [typed…]}, blank cells at its end left out. */
    public static String describe(CellRecord row) {
        int n = row.size();
        String[] text = new String[n];
        CellValue[] typed = new CellValue[n];
        for (int i = 0; i < n; i++) {
            CellValue cell = row.cell(i);
            text[i] = cell.text();
            typed[i] = cell instanceof CellValue.Text || cell instanceof CellValue.Blank ? null : cell;
        }
        while (n > 0 && text[n - 1].isEmpty() && typed[n - 1] == null) {
            n--;
        }
        return row.line() + " " + Arrays.toString(Arrays.copyOf(text, n)) + " "
                + Arrays.toString(Arrays.copyOf(typed, n));
    }
}
