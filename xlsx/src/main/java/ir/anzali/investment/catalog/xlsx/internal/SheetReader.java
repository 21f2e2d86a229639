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
 * characters than the limits allow, is refused before it is held whole. The markup is read from the
 * parser's characters without a string per attribute or value ({@link Chars}): a shared string's
 * index is kept as a number, and the other values' characters are copied into the row's one array,
 * made strings by the worker that converts them. Not thread-safe.
 */
final class SheetReader implements RecordReader.Records {

    /** The last row a sheet may have. */
    static final long MAX_ROW = 1_048_576;
    /** The columns a sheet may have, A to XFD. */
    static final int MAX_COLUMNS = 16_384;

    /** Converts rows' cells on a worker. */
    interface Converter {
        /**
         * A conversion of the rows of one batch, which one thread makes in order and which may keep
         * what it decoded for the rows after.
         */
        Batch batch();

        /** Converts the rows of one batch; not thread-safe. */
        interface Batch {
            CellRecord convert(Cells row) throws RecordException;
        }
    }

    private final Budget budget;
    private final XmlPart xml;
    private final String sheet;
    private final Limits limits;
    private final Converter converter;
    /** An attribute's value as the parser holds it. */
    private final Chars attribute = new Chars();
    /** The text of the cell's value being read. */
    private final Chars value = new Chars();
    /** How many cells the row before had, for the next row's room. */
    private int cellsBefore = 8;
    /** How many characters of values the row before had, for the next row's room. */
    private int textBefore = 16;
    /** The conversion shared by the rows of the batch being gathered, or null between batches. */
    private Converter.@Nullable Batch batch;
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

    /** The rows of a batch share one conversion, which the worker converting the batch keeps to itself. */
    @Override
    public RecordReader.@Nullable RawBatch nextBatch(int records, long bytes) throws RecordException, IOException {
        batch = converter.batch();
        try {
            return RecordReader.Records.super.nextBatch(records, bytes);
        } finally {
            batch = null;
        }
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
        long number = number(find("r"));
        line = number;
        Cells cells = new Cells(number, batch != null ? batch : converter.batch(), cellsBefore, textBefore);
        budget.spent = 0;
        budget.counting = true;
        try {
            Cells row = row(cells);
            cellsBefore = Math.max(8, row.count);
            textBefore = Math.max(16, row.textLength());
            return row;
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
        // The text being gathered, of an f or an inline string's t, or of a v into value; and where it goes.
        StringBuilder text = null;
        boolean inValue = false;
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
                        int column = cell(cells);
                        if (column < limits.maxColumns()) {
                            cells.start(column, type, style);
                        } else {
                            // Past the limit: only counted, so that the message says how wide the row is.
                            cells.column = column;
                            widest = column + 1;
                        }
                    } else if (depth == 2 && cells.open && name.equals("v")) {
                        value.clear();
                        inValue = true;
                        text = null;
                        target = 'v';
                    } else if (depth == 2 && cells.open && name.equals("f")) {
                        text = new StringBuilder();
                        inValue = false;
                        target = 'f';
                    } else if (depth == 2 && cells.open && name.equals("is")) {
                        cells.inline = new StringBuilder();
                    } else if (name.equals("rPh")) {
                        phonetic++;
                    } else if (name.equals("t") && cells.inline != null && phonetic == 0) {
                        text = cells.inline;
                        inValue = false;
                        target = 't';
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inValue) {
                        if (!xml.appendText(value, limits.maxCellChars())) {
                            throw new RecordException(RecordException.Reason.CELL_TOO_LARGE, number,
                                    CellNames.of(cells.column, number));
                        }
                    } else if (text != null) {
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
                    } else if (depth == 1 && target == 'v' && name.equals("v") && inValue) {
                        cells.valued = true;
                        inValue = false;
                    } else if (depth == 1 && target == 'f' && name.equals("f") && text != null) {
                        cells.formula = text.toString();
                        text = null;
                    } else if (name.equals("t") && target == 't') {
                        text = null;
                    } else if (name.equals("rPh")) {
                        phonetic--;
                    } else if (depth == 0 && name.equals("c") && cells.open) {
                        chars += cells.end(value);
                        if (chars > limits.maxRecordChars()) {
                            throw new RecordException(RecordException.Reason.CELL_TOO_LARGE, number,
                                    CellNames.of(cells.column, number));
                        }
                    }
                    target = text == null && !inValue ? 0 : target;
                }
                default -> { }
            }
        }
    }

    /**
     * Finds an attribute of the element at hand, in no namespace, and holds its value in {@link #attribute}.
     *
     * @return false when the element lacks it
     */
    private boolean find(String name) throws RecordException {
        for (int i = 0; i < xml.attributes(); i++) {
            if (name.equals(xml.attributeName(i))) {
                xml.attribute(i, attribute);
                return true;
            }
        }
        return false;
    }

    /** A row's number as written in {@link #attribute}, when it is, checked against the row before it. */
    private long number(boolean written) throws RecordException {
        if (!written) {
            if (line >= MAX_ROW) {
                throw damaged(line + 1, "it has a row past row " + MAX_ROW + ", the last a sheet may have");
            }
            return line + 1;
        }
        long number = attribute.digits(0, 7);
        if (number < 1 || number > MAX_ROW) {
            throw damaged(0, "a row is numbered \"" + xml.attribute("r") + "\"; rows are numbered from 1 to " + MAX_ROW);
        }
        if (number <= line) {
            throw damaged(number, "row " + number + " comes after row " + line
                    + "; each row must come once, in order, as spreadsheet programs show them");
        }
        return number;
    }

    /** The type of the cell at hand, read by {@link #cell}: one of the codes of {@link Cells}. */
    private byte type = Cells.NUMBER;
    /** The style of the cell at hand, read by {@link #cell}. */
    private int style = -1;

    /**
     * Reads the attributes of the cell at hand: its {@link #type}, its {@link #style}, and its column,
     * returned, from its reference such as {@code AB12}, or the one after the cell before it.
     */
    private int cell(Cells cells) throws RecordException {
        int r = -1;
        int t = -1;
        int s = -1;
        for (int i = 0; i < xml.attributes(); i++) {
            String name = xml.attributeName(i);
            // The three names are one letter each: told apart by it, without comparing strings.
            if (name != null && name.length() == 1) {
                switch (name.charAt(0)) {
                    case 'r' -> r = i;
                    case 't' -> t = i;
                    case 's' -> s = i;
                    default -> { }
                }
            }
        }
        int column = cells.column + 1;
        if (r >= 0) {
            xml.attribute(r, attribute);
            column = column(cells);
        }
        if (column >= MAX_COLUMNS) {
            throw damaged(cells.line, "a cell of row " + cells.line + " is past column XFD, the last a sheet may have");
        }
        if (column <= cells.column) {
            throw damaged(cells.line, "cell " + CellNames.of(column, cells.line) + " comes after cell "
                    + CellNames.of(cells.column, cells.line) + "; each cell must come once, in order");
        }
        type = t < 0 ? Cells.NUMBER : type(t);
        style = s < 0 ? -1 : style(s, cells);
        return column;
    }

    /** A cell's column from its reference in {@link #attribute}. */
    private int column(Cells cells) throws RecordException {
        int column = 0;
        int i = 0;
        Chars r = attribute;
        while (i < r.length && column <= MAX_COLUMNS && Character.toUpperCase(r.charAt(i)) >= 'A'
                && Character.toUpperCase(r.charAt(i)) <= 'Z') {
            column = column * 26 + Character.toUpperCase(r.charAt(i)) - 'A' + 1;
            i++;
        }
        boolean digits = i > 0;
        for (int k = i; k < r.length && digits; k++) {
            digits = r.charAt(k) >= '0' && r.charAt(k) <= '9';
        }
        if (!digits) {
            throw damaged(cells.line, "a cell of row " + cells.line + " is named \"" + xml.attribute("r") + "\"");
        }
        return column - 1;
    }

    /** The types of cells the conversion tells apart, as written. */
    private static final String[] TYPES = {"n", "s", "str", "inlineStr", "b", "e", "d"};
    /** The code of each of {@link #TYPES}: a date as ISO text ({@code d}) is read as a number is. */
    private static final byte[] CODES = {Cells.NUMBER, Cells.SHARED, Cells.STRING, Cells.INLINE, Cells.FLAG,
        Cells.ERROR, Cells.NUMBER};

    /**
     * The type named by the attribute at an index, as its code; a type written otherwise than one of
     * {@link #TYPES}, with white space around it for one, is read as a number.
     */
    private byte type(int index) throws RecordException {
        xml.attribute(index, attribute);
        if (!attribute.trimmed) {
            for (int k = 0; k < TYPES.length; k++) {
                if (attribute.is(TYPES[k])) {
                    return CODES[k];
                }
            }
            return Cells.NUMBER;
        }
        // Perhaps a neighbour's white space only: the value as written says.
        String written = xml.attributeValue(index);
        for (int k = 0; k < TYPES.length; k++) {
            if (TYPES[k].equals(written)) {
                return CODES[k];
            }
        }
        return Cells.NUMBER;
    }

    /** The style named by the attribute at an index. */
    private int style(int index, Cells cells) throws RecordException {
        xml.attribute(index, attribute);
        long style = attribute.digits(0, 9);
        if (style < 0) {
            throw damaged(cells.line, "a cell of row " + cells.line + " has the style \"" + xml.attributeValue(index) + "\"");
        }
        return (int) style;
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
     * {@code i} is at {@code columns[i]}, of type {@code types[i]} (one of the codes below,
     * {@link #NUMBER} when not said), with style {@code styles[i]} (-1 for none), its value's text
     * ({@code <v>}, or the inline string's text: {@link #value}) and its formula ({@link #formula}).
     * A shared string's cell without a formula whose value is an index written plainly holds the
     * index in {@code shared[i]} and no text; otherwise {@code shared[i]} is -1. The values' texts
     * are held as the characters of the row, one after the other, and made strings by the worker
     * that asks for them, so that the reading thread makes none.
     */
    static final class Cells implements RecordReader.RawRecord {
        /** A number, {@code n}, the type of a cell that says none, or any type not known below. */
        static final byte NUMBER = 0;
        /** A shared string, {@code s}. */
        static final byte SHARED = 1;
        /** A formula's text result, {@code str}. */
        static final byte STRING = 2;
        /** An inline string, {@code inlineStr}. */
        static final byte INLINE = 3;
        /** A yes/no value, {@code b}. */
        static final byte FLAG = 4;
        /** An error, {@code e}. */
        static final byte ERROR = 5;

        final long line;
        private final Converter.Batch converter;
        int count;
        int[] columns;
        byte[] types;
        int[] styles;
        /** The values' characters, one after the other. */
        private char[] text;
        /**
         * Where the value of each cell ends in {@link #text}, and begins where the value of the
         * cell before ends; {@code ~end} for a cell without a value.
         */
        private int[] ends;
        /** Each cell's formula, or null until a cell of the row has one. */
        private @Nullable String @Nullable [] formulas;
        int[] shared;
        private long bytes = 64;
        /** The column of the last cell begun, -1 before the first. */
        int column = -1;
        private boolean open;
        /** Whether the cell begun has a value, in the reader's buffer until the cell ends. */
        private boolean valued;
        private @Nullable String formula;
        private @Nullable StringBuilder inline;

        Cells(long line, Converter.Batch converter, int room, int textRoom) {
            this.line = line;
            this.converter = converter;
            columns = new int[room];
            types = new byte[room];
            styles = new int[room];
            ends = new int[room];
            shared = new int[room];
            text = new char[textRoom];
        }

        /** The text of the value of cell {@code k}, or null when it has none. */
        @Nullable String value(int k) {
            int end = ends[k];
            return end < 0 ? null : new String(text, textEnd(k - 1), end - textEnd(k - 1));
        }

        /** Where the value of cell {@code k} ends in {@link #text}, whether it has one or not; 0 before the first. */
        private int textEnd(int k) {
            return k < 0 ? 0 : ends[k] < 0 ? ~ends[k] : ends[k];
        }

        /** How many characters of values the row holds. */
        int textLength() {
            return textEnd(count - 1);
        }

        /** The formula of cell {@code k}, or null when it has none. */
        @Nullable String formula(int k) {
            String[] all = formulas;
            return all == null ? null : all[k];
        }

        private void start(int at, byte type, int style) {
            if (count == columns.length) {
                int n = count * 2;
                columns = Arrays.copyOf(columns, n);
                types = Arrays.copyOf(types, n);
                styles = Arrays.copyOf(styles, n);
                ends = Arrays.copyOf(ends, n);
                formulas = formulas == null ? null : Arrays.copyOf(formulas, n);
                shared = Arrays.copyOf(shared, n);
            }
            column = at;
            columns[count] = at;
            types[count] = type;
            styles[count] = style;
            open = true;
            valued = false;
            formula = null;
            inline = null;
        }

        /**
         * Ends the cell begun; returns how many characters it holds.
         *
         * @param value the text of its value, when it has one
         */
        private long end(Chars value) {
            long index = inline == null && valued && formula == null && types[count] == SHARED
                    && (value.length == 1 || value.length > 0 && value.charAt(0) != '0') ? value.digits(0, 9) : -1;
            int from = textEnd(count - 1);
            int length = inline != null ? inline.length() : valued && index < 0 ? value.length : -1;
            if (length >= 0) {
                if (from + length > text.length) {
                    text = Arrays.copyOf(text, Math.max(2 * text.length, from + length));
                }
                if (inline != null) {
                    inline.getChars(0, length, text, from);
                } else {
                    value.copyTo(text, from);
                }
            }
            ends[count] = length >= 0 ? from + length : ~from;
            shared[count] = (int) index;
            if (formula != null) {
                if (formulas == null) {
                    formulas = new String[columns.length];
                }
                formulas[count] = formula;
            }
            count++;
            open = false;
            inline = null;
            long chars = (length >= 0 ? length : index < 0 ? 0 : value.length)
                    + (formula == null ? 0 : formula.length());
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
