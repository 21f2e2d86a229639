package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.Limits;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV file, read with Commons CSV, each with the physical line it starts on, in
 * bounded memory. Not thread-safe.
 */
final class RecordSource implements Closeable {

    /** Reads past a record boundary before the guard trips: the parser's read-ahead. */
    private static final int READ_AHEAD = 64 * 1024;

    /**
     * A record and where it starts.
     *
     * @param line  the physical line the record starts on
     * @param cells the raw cells
     */
    record Record(long line, String[] cells) {
    }

    private final DecodingReader decoding;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char delimiter;
    private final Limits limits;
    private long nextLine = 1;

    RecordSource(InputStream in, Charset charset, Character delimiter, Limits limits) throws IOException, CsvFailure {
        this.limits = limits;
        this.decoding = new DecodingReader(in, charset, (long) limits.maxRecordChars() + READ_AHEAD);
        BufferedReader buffered = new BufferedReader(decoding, 16 * 1024);
        try {
            this.delimiter = delimiter != null ? delimiter
                    : DelimiterDetector.detect(buffered, limits.maxRecordChars());
        } catch (EncodingException e) {
            throw new CsvFailure(CsvFailure.Reason.ENCODING, e.line(), e.encoding());
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(this.delimiter)
                .setIgnoreEmptyLines(false)
                .setQuote('"')
                .get();
        this.parser = CSVParser.builder().setReader(buffered).setFormat(format).get();
        this.records = parser.iterator();
    }

    char delimiter() {
        return delimiter;
    }

    long bytesRead() {
        return decoding.bytesRead();
    }

    /**
     * The next record.
     *
     * @return the record, or null at the end
     * @throws CsvFailure when the rest of the file cannot be read
     */
    Record next() throws CsvFailure {
        long line = nextLine;
        decoding.recordBoundary(line);
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            throw failure(e.getCause(), line);
        } catch (IllegalStateException e) {
            throw failure(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e), line);
        }
        int size = record.size();
        if (size > limits.maxColumns()) {
            throw new CsvFailure(CsvFailure.Reason.TOO_MANY_COLUMNS, line, String.valueOf(size));
        }
        String[] cells = new String[size];
        long chars = 0;
        for (int i = 0; i < size; i++) {
            String cell = record.get(i);
            if (cell.length() > limits.maxCellChars()) {
                throw new CsvFailure(CsvFailure.Reason.CELL_TOO_LARGE, line, String.valueOf(i + 1));
            }
            chars += cell.length();
            cells[i] = cell;
        }
        if (chars > limits.maxRecordChars()) {
            throw new CsvFailure(CsvFailure.Reason.RECORD_TOO_LARGE, line, String.valueOf(chars));
        }
        // The parser has consumed the record and its line end: the next record starts on the next line.
        nextLine = parser.getCurrentLineNumber() + 1;
        return new Record(line, cells);
    }

    private static CsvFailure failure(Throwable cause, long line) {
        if (cause instanceof EncodingException e) {
            return new CsvFailure(CsvFailure.Reason.ENCODING, e.line(), e.encoding());
        }
        if (cause instanceof RecordTooLargeException) {
            return new CsvFailure(CsvFailure.Reason.RECORD_TOO_LARGE, line, "");
        }
        String message = String.valueOf(cause == null ? "" : cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new CsvFailure(CsvFailure.Reason.UNCLOSED_QUOTE, line, message);
        }
        return new CsvFailure(CsvFailure.Reason.STRAY_QUOTE, line, message);
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            decoding.close();
        }
    }
}
