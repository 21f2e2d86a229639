package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.internal.CellNames;
import ir.anzali.investment.catalog.csv.internal.CellValue;
import ir.anzali.investment.catalog.csv.internal.WorkbookException;
import ir.anzali.investment.catalog.csv.internal.WorkbookReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a sheet's XML into its rows on the reading thread, so that the rows can be parsed on the
 * workers ({@link RowXml}): it finds where each {@code <row>} element starts and ends — a {@code <}
 * in text is always written {@code &lt;}, so the search needs no parsing — and hands on a copy of its
 * bytes with the row's number. Rows with no cells are handed on too, as blank rows. A row longer
 * than any row within the limits could be is refused before it is held whole. Not thread-safe.
 */
final class SheetCutter implements WorkbookReader.Rows {

    /** Converts a row's bytes on a worker. */
    interface Converter {
        WorkbookReader.SheetRow convert(byte[] row, long line) throws WorkbookException;
    }

    private final InputStream in;
    private final Converter converter;
    private final int maxRowBytes;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    private boolean done;
    /** Whether the rows have begun: a sheet that ends before their end is damaged. */
    private boolean rows;
    private long line;

    SheetCutter(InputStream in, Limits limits, Converter converter) {
        this.in = in;
        this.converter = converter;
        // Each character of a value takes at most 6 bytes written as an entity, and each cell's markup far less than 256.
        this.maxRowBytes = (int) Math.min(Integer.MAX_VALUE - 16, 6L * limits.maxRecordChars()
                + 256L * limits.maxColumns() + (64 << 10));
    }

    @Override
    public WorkbookReader.@Nullable RawRow next() throws WorkbookException, IOException {
        while (!done) {
            int lt = find((byte) '<', start);
            if (lt < 0) {
                if (!fill()) {
                    if (rows) {
                        throw broken("it ends before the end of its rows");
                    }
                    done = true;
                    return null;
                }
                continue;
            }
            start = lt;
            int tagEnd = find((byte) '>', lt);
            if (tagEnd < 0) {
                if (!fill()) {
                    throw broken("a tag is cut short");
                }
                continue;
            }
            String name = name(lt);
            if (name.equals("row") || name.equals("row/")) {
                return row(tagEnd);
            }
            if (name.equals("/sheetData") || name.equals("sheetData/")) {
                done = true;
                return null;
            }
            rows |= name.equals("sheetData");
            start = tagEnd + 1;
        }
        return null;
    }

    /** The row whose start tag ends at a position: its number, and its bytes up to its end tag. */
    private WorkbookReader.RawRow row(int tagEnd) throws WorkbookException, IOException {
        int attributes = start + 1;
        while (attributes < tagEnd && buffer[attributes] != ' ' && buffer[attributes] != '\t'
                && buffer[attributes] != '\n' && buffer[attributes] != '\r' && buffer[attributes] != '/') {
            attributes++;
        }
        String r = RowXml.attribute(buffer, attributes, tagEnd, 'r');
        try {
            line = r == null ? line + 1 : Long.parseLong(r.strip());
        } catch (NumberFormatException e) {
            throw broken("a row is numbered \"" + r + "\"");
        }
        long number = line;
        if (buffer[tagEnd - 1] == '/') {
            start = tagEnd + 1;
            return () -> new WorkbookReader.SheetRow(number, new String[0], new CellValue[0]);
        }
        int from = tagEnd + 1;
        while (true) {
            int close = rowEnd(from);
            if (close >= 0) {
                byte[] bytes = Arrays.copyOfRange(buffer, start, close);
                start = close;
                return new RowBytes(bytes, number);
            }
            if (end - start > maxRowBytes) {
                throw new WorkbookException(WorkbookException.Reason.CELL_TOO_LARGE, number, lastCell(number));
            }
            from = Math.max(start, end - 64);
            int shift = start;
            if (!fill()) {
                throw broken("row " + number + " does not end");
            }
            from -= shift - start;
        }
    }

    /** A row's bytes, converted on a worker. */
    private final class RowBytes implements WorkbookReader.RawRow {
        private final byte[] bytes;
        private final long number;

        RowBytes(byte[] bytes, long number) {
            this.bytes = bytes;
            this.number = number;
        }

        @Override
        public WorkbookReader.SheetRow convert() throws WorkbookException {
            return converter.convert(bytes, number);
        }

        @Override
        public long bytes() {
            return bytes.length;
        }
    }

    /** The cell whose start tag comes last in what is held of a row too long to hold whole. */
    private String lastCell(long number) {
        for (int i = end - 2; i > start; i--) {
            if (buffer[i] == 'c' && (buffer[i - 1] == '<' || buffer[i - 1] == ':') && buffer[i + 1] == ' ') {
                int gt = find((byte) '>', i);
                String r = gt < 0 ? null : RowXml.attribute(buffer, i + 1, gt, 'r');
                if (r != null) {
                    return r;
                }
            }
        }
        return CellNames.of(0, number);
    }

    /** Where the end tag of a row ends, past its {@code >}, searching from a position; -1 when not yet read. */
    private int rowEnd(int from) {
        for (int i = from; i + 5 < end; i++) {
            if (buffer[i] == '<' && buffer[i + 1] == '/') {
                int j = i + 2;
                int colon = -1;
                while (j < end && buffer[j] != '>' && buffer[j] != ' ') {
                    if (buffer[j] == ':') {
                        colon = j;
                    }
                    j++;
                }
                if (j >= end) {
                    return -1;
                }
                int local = colon < 0 ? i + 2 : colon + 1;
                if (j - local == 3 && buffer[local] == 'r' && buffer[local + 1] == 'o' && buffer[local + 2] == 'w') {
                    int gt = j;
                    while (gt < end && buffer[gt] != '>') {
                        gt++;
                    }
                    return gt < end ? gt + 1 : -1;
                }
            }
        }
        return -1;
    }

    /** The local name of the tag at a position, with a leading {@code /} for an end tag and a trailing one for an empty tag. */
    private String name(int lt) {
        int i = lt + 1;
        boolean closing = i < end && buffer[i] == '/';
        int from = closing ? i + 1 : i;
        int to = from;
        int local = from;
        while (to < end && buffer[to] != '>' && buffer[to] != ' ' && buffer[to] != '/' && buffer[to] != '\t'
                && buffer[to] != '\n' && buffer[to] != '\r') {
            if (buffer[to] == ':') {
                local = to + 1;
            }
            to++;
        }
        String name = new String(buffer, local, to - local, StandardCharsets.US_ASCII);
        if (closing) {
            return "/" + name;
        }
        int gt = find((byte) '>', to);
        return gt > 0 && buffer[gt - 1] == '/' ? name + "/" : name;
    }

    private int find(byte c, int from) {
        for (int i = from; i < end; i++) {
            if (buffer[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads more, keeping the bytes from {@link #start} on.
     *
     * @return false at the end of the sheet
     */
    private boolean fill() throws WorkbookException, IOException {
        if (eof) {
            return false;
        }
        try {
            return read();
        } catch (ZipGuard.TooLarge e) {
            throw e.failure();
        } catch (ZipException e) {
            throw broken("its compressed data is damaged (" + e.getMessage() + ")");
        }
    }

    private boolean read() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            eof = true;
            return false;
        }
        end += n;
        return true;
    }

    private static WorkbookException broken(String what) {
        return new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0, "its sheet cannot be read: " + what);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
