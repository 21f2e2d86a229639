package ir.anzali.investment.catalog.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for a terminal: columns padded to the display width of their widest cell — Persian
 * letters and digits one column each, a half-space (ZWNJ), a joiner or a vowel mark none, a wide
 * East Asian character two — and separated by {@code |}, so that it reads as a table.
 */
final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    Table(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    void row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells in a table of " + columns);
        }
        rows.add(cells);
    }

    void print(Console c) {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    line.append(" | ");
                }
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - width(row[i])));
                }
            }
            c.print(line.toString());
        }
    }

    /**
     * How many terminal columns text takes.
     *
     * @param text the text, not null
     * @return the width
     */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            width += isWide(cp) ? 2 : 1;
        }
        return width;
    }

    /** East Asian wide and full-width characters, which terminals draw two columns wide. */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
