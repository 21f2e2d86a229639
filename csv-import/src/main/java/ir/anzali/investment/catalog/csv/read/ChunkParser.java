package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.Limits;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses a chunk of whole records with Commons CSV, giving each record the physical line it starts
 * on and checking the size limits. Stateless and thread-safe.
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

    private final CSVFormat format;
    private final Limits limits;

    ChunkParser(char delimiter, Limits limits) {
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setQuote('"').get();
        this.limits = limits;
    }

    Parsed parse(Chunker.Chunk chunk) {
        List<Record> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(chunk.text())).setFormat(format).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            long line = chunk.startLine();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        return new Parsed(records, null);
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    return new Parsed(records, quoteFailure(e, line));
                }
                CsvFailure tooLarge = checkLimits(record, line);
                if (tooLarge != null) {
                    return new Parsed(records, tooLarge);
                }
                String[] cells = new String[record.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = record.get(i);
                }
                records.add(new Record(line, cells));
                // The parser has consumed the record and its line end: the next starts on the next line.
                line = chunk.startLine() + parser.getCurrentLineNumber();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CsvFailure checkLimits(CSVRecord record, long line) {
        int size = record.size();
        if (size > limits.maxColumns()) {
            return new CsvFailure(CsvFailure.Reason.TOO_MANY_COLUMNS, line, String.valueOf(size));
        }
        long chars = 0;
        for (int i = 0; i < size; i++) {
            int length = record.get(i).length();
            if (length > limits.maxCellChars()) {
                return new CsvFailure(CsvFailure.Reason.CELL_TOO_LARGE, line, String.valueOf(i + 1));
            }
            chars += length;
        }
        return chars > limits.maxRecordChars()
                ? new CsvFailure(CsvFailure.Reason.RECORD_TOO_LARGE, line, String.valueOf(chars)) : null;
    }

    private static CsvFailure quoteFailure(RuntimeException e, long line) {
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        return new CsvFailure(message.contains("EOF reached before encapsulated token finished")
                ? CsvFailure.Reason.UNCLOSED_QUOTE : CsvFailure.Reason.STRAY_QUOTE, line, message);
    }
}
