package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a chunk of whole records into cells (RFC 4180), giving each record the physical line it
 * starts on and checking the size limits. A quote opens a quoted cell only at the start of a cell;
 * inside one, {@code ""} is a quote and line breaks are kept; white space may follow the closing
 * quote, anything else is a stray quote. CR, LF and CRLF end a record; an empty line is a record of
 * one empty cell. Stateless and thread-safe.
 *
 * <p>The tokenizer is the library's own rather than Commons CSV's: it reads the chunk in place and
 * takes unquoted cells as substrings, which makes reading about three times cheaper; the two read
 * the format alike (see {@code ChunkParserTest}).
 */
final class ChunkParser {

    /**
     * A record and where it starts.
     *
     * @param line  the physical line the record starts on
     * @param cells the raw cells
     */
    record Record(long line, String[] cells) {
    }

    /**
     * The records of a chunk, and the failure that stopped it, if any.
     *
     * @param records the records before the failure, in order
     * @param failure the failure, or null
     */
    record Parsed(List<Record> records, CsvFailure failure) {
    }

    private static final String[] NO_CELLS = new String[0];

    private final char delimiter;
    private final Limits limits;

    ChunkParser(char delimiter, Limits limits) {
        this.delimiter = delimiter;
        this.limits = limits;
    }

    Parsed parse(Chunker.Chunk chunk) {
        String s = chunk.text();
        int n = s.length();
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        long line = chunk.startLine();
        int i = 0;
        while (i < n) {
            long recordLine = line;
            cells.clear();
            long chars = 0;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                String cell;
                if (i < n && s.charAt(i) == '"') {
                    StringBuilder b = new StringBuilder();
                    i++;
                    while (true) {
                        if (i >= n) {
                            return new Parsed(records, new CsvFailure(CsvFailure.Reason.UNCLOSED_QUOTE, recordLine,
                                    "EOF reached before encapsulated token finished"));
                        }
                        char c = s.charAt(i++);
                        if (c == '"') {
                            if (i < n && s.charAt(i) == '"') {
                                b.append('"');
                                i++;
                                continue;
                            }
                            break;
                        }
                        if (c == '\r') {
                            line++;
                        } else if (c == '\n' && !(i >= 2 && s.charAt(i - 2) == '\r')) {
                            line++;
                        }
                        b.append(c);
                    }
                    while (i < n && s.charAt(i) != delimiter && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                        if (!Character.isWhitespace(s.charAt(i))) {
                            return new Parsed(records, new CsvFailure(CsvFailure.Reason.STRAY_QUOTE, recordLine,
                                    "invalid char between encapsulated token and delimiter"));
                        }
                        i++;
                    }
                    cell = b.toString();
                } else {
                    int from = i;
                    while (i < n) {
                        char c = s.charAt(i);
                        if (c == delimiter || c == '\r' || c == '\n') {
                            break;
                        }
                        i++;
                    }
                    cell = s.substring(from, i);
                }
                if (cell.length() > limits.maxCellChars()) {
                    return new Parsed(records, new CsvFailure(CsvFailure.Reason.CELL_TOO_LARGE, recordLine,
                            String.valueOf(cells.size() + 1)));
                }
                chars += cell.length();
                cells.add(cell);
                if (i >= n) {
                    endOfRecord = true;
                } else {
                    char c = s.charAt(i++);
                    if (c == '\r') {
                        line++;
                        if (i < n && s.charAt(i) == '\n') {
                            i++;
                        }
                        endOfRecord = true;
                    } else if (c == '\n') {
                        line++;
                        endOfRecord = true;
                    }
                }
            }
            if (cells.size() > limits.maxColumns()) {
                return new Parsed(records, new CsvFailure(CsvFailure.Reason.TOO_MANY_COLUMNS, recordLine,
                        String.valueOf(cells.size())));
            }
            if (chars > limits.maxRecordChars()) {
                return new Parsed(records, new CsvFailure(CsvFailure.Reason.RECORD_TOO_LARGE, recordLine,
                        String.valueOf(chars)));
            }
            records.add(new Record(recordLine, cells.toArray(NO_CELLS)));
        }
        return new Parsed(records, null);
    }
}
