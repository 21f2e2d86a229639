package ir.anzali.investment.catalog.csv.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import ir.anzali.investment.catalog.csv.Limits;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A third format, as another jar would add it: one JSON array a line, its strings text, its numbers
 * numbers, {@code true}/{@code false} yes/no values, {@code null} blank; an empty line is a blank
 * record. Claims files whose first byte is {@code [}. Ignores the limits on purpose, so that tests
 * can show the importer checks them itself.
 */
final class JsonLinesReader implements RecordReader {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public boolean reads(byte[] head, int length) {
        return length > 0 && head[0] == '[';
    }

    @Override
    public Document open(Path file, Limits limits, Path temporary) {
        return new Document() {
            @Override
            public List<String> sheets() {
                return List.of("");
            }

            @Override
            public Records records(String sheet) throws IOException {
                BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                return new Records() {
                    private long line;

                    @Override
                    public @Nullable RawRecord next() throws IOException {
                        String text = lines.readLine();
                        if (text == null) {
                            return null;
                        }
                        long number = ++line;
                        return () -> parse(number, text);
                    }

                    @Override
                    public void close() throws IOException {
                        lines.close();
                    }
                };
            }

            @Override
            public void close() {
            }
        };
    }

    private static CellRecord parse(long line, String text) throws RecordException {
        if (text.isBlank()) {
            return CellRecord.ofText(line);
        }
        List<CellValue> cells = new ArrayList<>();
        try (JsonParser json = JSON.createParser(text)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new RecordException(RecordException.Reason.UNREADABLE, line, "line " + line + " is not a list");
            }
            for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
                cells.add(switch (t) {
                    case VALUE_STRING -> CellValue.of(json.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new CellValue.Number(json.getDecimalValue());
                    case VALUE_TRUE, VALUE_FALSE -> new CellValue.Flag(t == JsonToken.VALUE_TRUE);
                    case VALUE_NULL -> CellValue.BLANK;
                    default -> throw new RecordException(RecordException.Reason.UNREADABLE, line,
                            "line " + line + " holds a value that is not a cell");
                });
            }
        } catch (JsonProcessingException e) {
            throw new RecordException(RecordException.Reason.UNREADABLE, line, "line " + line + " is not a list");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return CellRecord.of(line, cells);
    }
}
