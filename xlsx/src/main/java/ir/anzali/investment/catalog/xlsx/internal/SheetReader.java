package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.spi.CellNames;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.csv.spi.CellRecord;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import org.jspecify.annotations.Nullable;

/**
 * Reads a sheet's rows with the XML parser on the reading thread, each into a compact object of its
 * cells as written — column, type, style, value, formula — that a worker converts
 * ({@link XlsxReader}). Row numbers are checked as spreadsheet programs mean them: each row once, in
 * rising order, from 1 to {@value #MAX_ROW}; a row without a number follows the one before it. So are
 * cells within a row, from column A to XFD. A cell longer than the limit, or a row of more cells or
 * characters than the limits allow, is refused before it is held whole. Not thread-safe.
 */
final class SheetReader implements RecordReader.Records {

    /** The last row a sheet may have. */
    static final long MAX_ROW = 1_048_576;
    /** The columns a sheet may have, A to XFD. */
    static final int MAX_COLUMNS = 16_384;

    /** Converts a row's cells on a worker. */
    interface Converter {
        CellRecord convert(Cells row) throws RecordException;
    }

    private final Budget budget;
    private final XmlPart xml;
    private final String sheet;
    private final Limits limits;
    private final Converter converter;
    private boolean rows;
    private boolean done;
    private long line;

    /**
     * A reader of a sheet.
     *
     * @param in        the sheet's XML, closed with the reader
     * @param sheet     the sheet's name
     * @param limits    the widest row and the longest cell and row
     * @param converter converts each row on a worker
     * @throws RecordException when the XML cannot be begun
     */
    SheetReader(InputStream in, String sheet, Limits limits, Converter converter) throws RecordException {
        // Each character of a value takes at most 6 bytes written as a reference, and each cell's markup far less than 256.
        this.budget = new Budget(in, Math.min(Integer.MAX_VALUE, 6L * limits.maxRecordChars()
                + 256L * limits.maxColumns() + (64 << 10)));
        this.xml = new XmlPart(budget, "the sheet " + sheet);
        this.sheet = sheet;
        this.limits = limits;
        this.converter = converter;
    }

    @Override
    public RecordReader.@Nullable RawRecord next() throws RecordException {
        while (!done) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_DOCUMENT) {
                done = true;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.name();
                if (rows && name.equals("row")) {
                    return row();
                }
                rows |= name.equals("sheetData");
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.name().equals("sheetData")) {
                done = true;
            }
        }
        return null;
    }

    /**
     * The row whose start tag is at hand, read up to its end tag; a row of more bytes than any row
     * within the limits could be is refused before the parser holds it whole.
     */
    private Cells row() throws RecordException {
        long number = number(xml.attribute("r"));
        line = number;
        Cells cells = new Cells(number, converter);
        budget.spent = 0;
        budget.counting = true;
        try {
            return row(cells);
        } catch (RecordException e) {
            if (budget.spent > budget.allowed) {
                throw new RecordException(RecordException.Reason.CELL_TOO_LARGE, number,
                        CellNames.of(Math.max(0, cells.column), number));
            }
            throw e;
        } finally {
            budget.counting = false;
        }
    }

    private Cells row(Cells cells) throws RecordException {
        long number = cells.line;
        int depth = 0;
        int phonetic = 0;
        // The text being gathered, of a v, an f or an inline string's t, and where it goes.
        StringBuilder text = null;
        char target = 0;
        long chars = 0;
        int widest = 0;
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = xml.name();
                    if (depth == 1 && name.equals("c")) {
                        int column = column(xml.attribute("r"), cells);
                        if (column < limits.maxColumns()) {
                            cells.start(column, type(xml.attribute("t")), style(xml.attribute("s"), cells));
                        } else {
                            // Past the limit: only counted, so that the message says how wide the row is.
                            cells.column = column;
                            widest = column + 1;
                        }
                    } else if (depth == 2 && cells.open && (name.equals("v") || name.equals("f"))) {
                        text = new StringBuilder();
                        target = name.charAt(0);
                    } else if (depth == 2 && cells.open && name.equals("is")) {
                        cells.inline = new StringBuilder();
                    } else if (name.equals("rPh")) {
                        phonetic++;
                    } else if (name.equals("t") && cells.inline != null && phonetic == 0) {
                        text = cells.inline;
                        target = 't';
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text != null) {
                        String run = xml.text();
                        if (text.length() + run.length() > limits.maxCellChars()) {
                            throw new RecordException(RecordException.Reason.CELL_TOO_LARGE, number,
                                    CellNames.of(cells.column, number));
                        }
                        text.append(run);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    String name = xml.name();
                    if (depth == -1 && widest > 0) {
                        throw new RecordException(RecordException.Reason.TOO_MANY_COLUMNS, number,
                                String.valueOf(widest));
                    } else if (depth == -1) {
                        return cells;
                    } else if (depth == 1 && target == 'v' && name.equals("v") && text != null) {
                        cells.value = text.toString();
                        text = null;
                    } else if (depth == 1 && target == 'f' && name.equals("f") && text != null) {
                        cells.formula = text.toString();
                        text = null;
                    } else if (name.equals("t") && target == 't') {
                        text = null;
                    } else if (name.equals("rPh")) {
                        phonetic--;
                    } else if (depth == 0 && name.equals("c") && cells.open) {
                        chars += cells.end();
                        if (chars > limits.maxRecordChars()) {
                            throw new RecordException(RecordException.Reason.CELL_TOO_LARGE, number,
                                    CellNames.of(cells.column, number));
                        }
                    }
                    target = text == null ? 0 : target;
                }
                default -> { }
            }
        }
    }

    /** A row's number as written, checked against the row before it. */
    private long number(@Nullable String r) throws RecordException {
        if (r == null) {
            if (line >= MAX_ROW) {
                throw damaged(line + 1, "it has a row past row " + MAX_ROW + ", the last a sheet may have");
            }
            return line + 1;
        }
        String digits = r.strip();
        long number = digits.length() > 0 && digits.length() <= 7 && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Long.parseLong(digits) : -1;
        if (number < 1 || number > MAX_ROW) {
            throw damaged(0, "a row is numbered \"" + r + "\"; rows are numbered from 1 to " + MAX_ROW);
        }
        if (number <= line) {
            throw damaged(number, "row " + number + " comes after row " + line
                    + "; each row must come once, in order, as spreadsheet programs show them");
        }
        return number;
    }

    /** A cell's column from its reference such as {@code AB12}, or the one after the cell before it. */
    private int column(@Nullable String reference, Cells cells) throws RecordException {
        int column;
        if (reference == null) {
            column = cells.column + 1;
        } else {
            column = 0;
            int i = 0;
            String r = reference.strip();
            while (i < r.length() && column <= MAX_COLUMNS && Character.toUpperCase(r.charAt(i)) >= 'A'
                    && Character.toUpperCase(r.charAt(i)) <= 'Z') {
                column = column * 26 + Character.toUpperCase(r.charAt(i)) - 'A' + 1;
                i++;
            }
            if (i == 0 || !r.substring(i).chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw damaged(cells.line, "a cell of row " + cells.line + " is named \"" + reference + "\"");
            }
            column--;
        }
        if (column >= MAX_COLUMNS) {
            throw damaged(cells.line, "a cell of row " + cells.line + " is past column XFD, the last a sheet may have");
        }
        if (column <= cells.column) {
            throw damaged(cells.line, "cell " + CellNames.of(column, cells.line) + " comes after cell "
                    + CellNames.of(cells.column, cells.line) + "; each cell must come once, in order");
        }
        return column;
    }

    /** The types of cells, as the strings the conversion tells apart. */
    private static final String[] TYPES = {"n", "s", "str", "inlineStr", "b", "e", "d"};

    private static String type(@Nullable String t) {
        if (t == null) {
            return "n";
        }
        for (String type : TYPES) {
            if (type.equals(t)) {
                return type;
            }
        }
        return t;
    }

    private int style(@Nullable String s, Cells cells) throws RecordException {
        if (s == null) {
            return -1;
        }
        String digits = s.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw damaged(cells.line, "a cell of row " + cells.line + " has the style \"" + s + "\"");
        }
        return Integer.parseInt(digits);
    }

    private RecordException damaged(long at, String what) {
        return new RecordException(RecordException.Reason.UNREADABLE, at,
                "the sheet " + sheet + " is damaged at line " + xml.line() + ": " + what);
    }

    @Override
    public void close() throws IOException {
        xml.close();
    }

    /**
     * The bytes the parser reads while it reads a row, refused past the row's allowance; what comes
     * between rows, which the parser skips without holding it, is not counted.
     */
    private static final class Budget extends CountingStream {
        private final long allowed;
        private long spent;
        private boolean counting;

        Budget(InputStream in, long allowed) {
            super(in);
            this.allowed = allowed;
        }

        @Override
        void count(int n) throws IOException {
            spent += counting ? n : 0;
            if (spent > allowed) {
                throw new IOException("a row is longer than any row within the limits");
            }
        }
    }

    /**
     * One row's cells as written, in the order written: compact, for a worker to convert. Cell
     * {@code i} is at {@code columns[i]}, of {@code types[i]} ({@code n} when not said), with style
     * {@code styles[i]} (-1 for none), its value's text ({@code <v>}, or the inline string's text)
     * and its formula (null when none).
     */
    static final class Cells implements RecordReader.RawRecord {
        final long line;
        private final Converter converter;
        int count;
        int[] columns = new int[8];
        String[] types = new String[8];
        int[] styles = new int[8];
        @Nullable String[] values = new String[8];
        @Nullable String[] formulas = new String[8];
        private long bytes = 64;
        /** The column of the last cell begun, -1 before the first. */
        int column = -1;
        private boolean open;
        private @Nullable String value;
        private @Nullable String formula;
        private @Nullable StringBuilder inline;

        Cells(long line, Converter converter) {
            this.line = line;
            this.converter = converter;
        }

        private void start(int at, String type, int style) {
            if (count == columns.length) {
                int n = count * 2;
                columns = Arrays.copyOf(columns, n);
                types = Arrays.copyOf(types, n);
                styles = Arrays.copyOf(styles, n);
                values = Arrays.copyOf(values, n);
                formulas = Arrays.copyOf(formulas, n);
            }
            column = at;
            columns[count] = at;
            types[count] = type;
            styles[count] = style;
            open = true;
            value = null;
            formula = null;
            inline = null;
        }

        /** Ends the cell begun; returns how many characters it holds. */
        private long end() {
            String text = inline != null ? inline.toString() : value;
            values[count] = text;
            formulas[count] = formula;
            count++;
            open = false;
            inline = null;
            long chars = (text == null ? 0 : text.length()) + (formula == null ? 0 : formula.length());
            bytes += 48 + 2 * chars;
            return chars;
        }

        @Override
        public CellRecord convert() throws RecordException {
            return converter.convert(this);
        }

        @Override
        public long bytes() {
            return bytes;
        }
    }
}
