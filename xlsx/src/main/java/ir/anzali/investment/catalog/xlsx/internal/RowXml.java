package ir.anzali.investment.catalog.xlsx.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses the XML of one {@code <row>} element of a sheet into its cells, as written: each cell's
 * column, type, style, value, formula and inline text, entities decoded. Namespace prefixes,
 * comments and CDATA sections are allowed wherever XML allows them. The bytes come from
 * {@link SheetCutter}, which found where the row starts and ends; this runs on any thread.
 * Stateless.
 */
final class RowXml {

    private RowXml() {
    }

    /**
     * One cell as written.
     *
     * @param column  the 0-based column
     * @param type    the {@code t} attribute, {@code n} when absent
     * @param style   the {@code s} attribute, or -1
     * @param value   the text of {@code <v>}, or null
     * @param formula the text of {@code <f>}, or null when there is none
     * @param inline  the text of {@code <is>}, or null
     */
    record RawCell(int column, String type, int style, @Nullable String value, @Nullable String formula,
            @Nullable String inline) {
    }

    /**
     * Parses a row.
     *
     * @param b    the row's bytes, its start tag first
     * @param from where they start
     * @param to   where they end
     * @return the cells in the order written
     * @throws IllegalArgumentException when the XML is broken
     */
    static List<RawCell> cells(byte[] b, int from, int to) {
        List<RawCell> cells = new ArrayList<>();
        int i = skipTag(b, from, to);
        int column = -1;
        // The cell being read.
        int cellColumn = -1;
        String type = "n";
        int style = -1;
        String value = null;
        String formula = null;
        StringBuilder inline = null;
        boolean inCell = false;
        int phonetic = 0;
        // Text being gathered for v, f or t, and where it goes.
        StringBuilder text = null;
        char target = 0;
        while (i < to) {
            byte c = b[i];
            if (c != '<') {
                int end = indexOf(b, (byte) '<', i, to);
                if (text != null) {
                    decode(b, i, end, text);
                }
                i = end;
                continue;
            }
            if (i + 1 >= to) {
                throw new IllegalArgumentException("a tag is cut short");
            }
            byte next = b[i + 1];
            if (next == '!') {
                if (startsWith(b, i, to, "<![CDATA[")) {
                    int end = indexOf(b, "]]>", i + 9, to);
                    if (text != null) {
                        text.append(new String(b, i + 9, end - i - 9, StandardCharsets.UTF_8));
                    }
                    i = end + 3;
                } else {
                    i = indexOf(b, "-->", i + 4, to) + 3;
                }
                continue;
            }
            if (next == '?') {
                i = indexOf(b, "?>", i + 2, to) + 2;
                continue;
            }
            boolean closing = next == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < to && !isNameEnd(b[nameEnd])) {
                nameEnd++;
            }
            int name = tag(b, nameStart, nameEnd);
            int tagEnd = indexOf(b, (byte) '>', nameEnd, to);
            boolean empty = !closing && b[tagEnd - 1] == '/';
            if (closing) {
                switch (name) {
                    case C -> {
                        cells.add(new RawCell(cellColumn, type, style, value, formula,
                                inline == null ? null : inline.toString()));
                        inCell = false;
                    }
                    case V -> {
                        if (text != null && target == 'v') {
                            value = text.toString();
                        }
                        text = null;
                    }
                    case F -> {
                        if (text != null && target == 'f') {
                            formula = text.toString();
                        }
                        text = null;
                    }
                    case T -> text = target == 't' ? null : text;
                    case RPH -> phonetic--;
                    case ROW -> {
                        return cells;
                    }
                    default -> { }
                }
            } else {
                switch (name) {
                    case C -> {
                        CellAttributes a = cellAttributes(b, nameEnd, tagEnd);
                        cellColumn = a.column < 0 ? column + 1 : a.column;
                        column = cellColumn;
                        type = a.type;
                        style = a.style;
                        value = null;
                        formula = null;
                        inline = null;
                        inCell = true;
                        if (empty) {
                            cells.add(new RawCell(cellColumn, type, style, null, null, null));
                            inCell = false;
                        }
                    }
                    case V -> {
                        if (inCell) {
                            if (empty) {
                                value = "";
                            } else {
                                int valueEnd = simpleText(b, tagEnd + 1, to);
                                if (valueEnd >= 0) {
                                    // The common case, one run of text without references: read it at once.
                                    value = new String(b, tagEnd + 1, valueEnd - tagEnd - 1, StandardCharsets.UTF_8);
                                    text = null;
                                    i = valueEnd;
                                    continue;
                                }
                                text = new StringBuilder();
                                target = 'v';
                            }
                        }
                    }
                    case F -> {
                        if (inCell) {
                            if (empty) {
                                formula = "";
                            } else {
                                text = new StringBuilder();
                                target = 'f';
                            }
                        }
                    }
                    case IS -> inline = inCell ? new StringBuilder() : inline;
                    case RPH -> phonetic += empty ? 0 : 1;
                    case T -> {
                        if (inline != null && phonetic == 0 && !empty) {
                            text = inline;
                            target = 't';
                        }
                    }
                    default -> { }
                }
            }
            i = tagEnd + 1;
        }
        throw new IllegalArgumentException("the row does not end");
    }

    private static final int OTHER = 0;
    private static final int C = 1;
    private static final int V = 2;
    private static final int F = 3;
    private static final int IS = 4;
    private static final int T = 5;
    private static final int RPH = 6;
    private static final int ROW = 7;

    /** The elements of a row that matter, by their local name; {@link #OTHER} for the rest. */
    private static int tag(byte[] b, int from, int to) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (b[i] == ':') {
                start = i + 1;
            }
        }
        int n = to - start;
        if (n == 1) {
            return b[start] == 'c' ? C : b[start] == 'v' ? V : b[start] == 'f' ? F : b[start] == 't' ? T : OTHER;
        }
        if (n == 2 && b[start] == 'i' && b[start + 1] == 's') {
            return IS;
        }
        if (n == 3 && b[start] == 'r' && b[start + 2] == 'w' && b[start + 1] == 'o') {
            return ROW;
        }
        if (n == 3 && b[start] == 'r' && b[start + 1] == 'P' && b[start + 2] == 'h') {
            return RPH;
        }
        return OTHER;
    }

    /** What a cell's start tag says: its column (-1 when not said), type and style (-1 when none). */
    private record CellAttributes(int column, String type, int style) {
    }

    /** Reads the {@code r}, {@code t} and {@code s} attributes of a cell's start tag, in one pass. */
    private static CellAttributes cellAttributes(byte[] b, int from, int to) {
        long[] found = values(b, from, to);
        long r = found[0];
        long t = found[1];
        long s = found[2];
        return new CellAttributes(r < 0 ? -1 : columnOf(b, (int) (r >>> 32), (int) r),
                t < 0 ? "n" : typeOf(b, (int) (t >>> 32), (int) t), s < 0 ? -1 : number(b, (int) (s >>> 32), (int) s));
    }

    /** The attributes a row's or a cell's start tag may have that matter: {@code r}, {@code t}, {@code s}. */
    private static final String NAMES = "rts";

    /**
     * Where the values of the {@code r}, {@code t} and {@code s} attributes (no prefix) stand in a
     * start tag.
     *
     * @return for each, in that order, its start in the high 32 bits and its end in the low ones, or
     *         -1 when the tag lacks it
     */
    private static long[] values(byte[] b, int from, int to) {
        long[] found = {-1, -1, -1};
        int i = from;
        while (i < to) {
            byte c = b[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < to && b[i] != '=' && b[i] != ' ' && b[i] != '>' && b[i] != '/') {
                i++;
            }
            int nameEnd = i;
            while (i < to && b[i] != '"' && b[i] != '\'') {
                if (b[i] == '>') {
                    return found;
                }
                i++;
            }
            if (i >= to) {
                return found;
            }
            int valueStart = i + 1;
            int valueEnd = indexOf(b, b[i], valueStart, to);
            int which = nameEnd - nameStart == 1 ? NAMES.indexOf(b[nameStart]) : -1;
            if (which >= 0) {
                found[which] = (long) valueStart << 32 | valueEnd;
            }
            i = valueEnd + 1;
        }
        return found;
    }

    /**
     * The value of the {@code r}, {@code t} or {@code s} attribute (no prefix), such as a row's number.
     *
     * @return the value as written, or null when the tag lacks it
     */
    static @Nullable String attribute(byte[] b, int from, int to, char name) {
        int which = NAMES.indexOf(name);
        if (which < 0) {
            throw new IllegalArgumentException("Not read: " + name);
        }
        long range = values(b, from, to)[which];
        return range < 0 ? null
                : new String(b, (int) (range >>> 32), (int) range - (int) (range >>> 32), StandardCharsets.UTF_8);
    }

    /** The 0-based column of a cell reference such as {@code AB12}, from its bytes. */
    private static int columnOf(byte[] b, int from, int to) {
        int column = 0;
        int i = from;
        for (; i < to; i++) {
            int ch = b[i] & 0xFF;
            if (ch >= 'A' && ch <= 'Z') {
                column = column * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                column = column * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
            if (column > 1 << 20) {
                throw new IllegalArgumentException("no such column");
            }
        }
        if (i == from) {
            throw new IllegalArgumentException("a cell without its column");
        }
        return column - 1;
    }

    private static final String[] TYPES = {"n", "s", "str", "inlineStr", "b", "e", "d"};

    /** A cell's type, as one of the known strings when it is one. */
    private static String typeOf(byte[] b, int from, int to) {
        for (String t : TYPES) {
            if (t.length() == to - from && startsWith(b, from, to, t)) {
                return t;
            }
        }
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    /** A style's index. */
    private static int number(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9 || n > 100_000_000) {
                throw new IllegalArgumentException("not a style");
            }
            n = n * 10 + d;
        }
        if (to == from) {
            throw new IllegalArgumentException("not a style");
        }
        return n;
    }

    /** Where a run of text with no reference, comment or CDATA ends at a {@code <}; -1 when it is not such a run. */
    private static int simpleText(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '<') {
                return i + 1 < to && b[i + 1] == '/' ? i : -1;
            }
            if (c == '&') {
                return -1;
            }
        }
        return -1;
    }

    /** Where the tag at a position ends, past its {@code >}. */
    private static int skipTag(byte[] b, int from, int to) {
        return indexOf(b, (byte) '>', from, to) + 1;
    }

    private static boolean isNameEnd(byte c) {
        return c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Appends UTF-8 text with its entities decoded. */
    private static void decode(byte[] b, int from, int to, StringBuilder out) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (b[i] == '&') {
                out.append(new String(b, start, i - start, StandardCharsets.UTF_8));
                int end = indexOf(b, (byte) ';', i, to);
                String entity = new String(b, i + 1, end - i - 1, StandardCharsets.US_ASCII);
                switch (entity) {
                    case "lt" -> out.append('<');
                    case "gt" -> out.append('>');
                    case "amp" -> out.append('&');
                    case "quot" -> out.append('"');
                    case "apos" -> out.append('\'');
                    default -> {
                        if (!entity.startsWith("#") || entity.length() < 2) {
                            throw new IllegalArgumentException("unknown entity &" + entity + ";");
                        }
                        try {
                            int cp = entity.charAt(1) == 'x' || entity.charAt(1) == 'X'
                                    ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                            out.appendCodePoint(cp);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("not a character: &" + entity + ";");
                        }
                    }
                }
                i = end;
                start = end + 1;
            }
        }
        out.append(new String(b, start, to - start, StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] b, byte c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        if (c == '<') {
            return to;
        }
        throw new IllegalArgumentException("the XML is cut short");
    }

    private static int indexOf(byte[] b, String s, int from, int to) {
        for (int i = from; i + s.length() <= to; i++) {
            if (startsWith(b, i, to, s)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the XML is cut short");
    }

    private static boolean startsWith(byte[] b, int at, int to, String s) {
        if (at + s.length() > to) {
            return false;
        }
        for (int j = 0; j < s.length(); j++) {
            if (b[at + j] != s.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
