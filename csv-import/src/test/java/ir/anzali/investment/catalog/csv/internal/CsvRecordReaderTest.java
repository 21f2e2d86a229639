package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.spi.CellRecord;
import ir.anzali.investment.catalog.csv.spi.Notes;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV read through the interface every format's reader has. */
class CsvRecordReaderTest {

    @TempDir
    Path folder;

    @Test
    void csv_is_claimed_by_its_content_and_a_zip_archive_or_pdf_is_not() {
        byte[] text = "id;title\n".getBytes(StandardCharsets.UTF_8);
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);

        assertThat(CsvRecordReader.INSTANCE.reads(text, text.length)).isTrue();
        assertThat(CsvRecordReader.INSTANCE.reads(zip, zip.length)).isFalse();
        assertThat(CsvRecordReader.INSTANCE.reads(pdf, pdf.length)).isFalse();
    }

    @Test
    void a_csv_document_notes_its_guessed_encoding_and_its_delimiter_and_hands_out_its_records() throws Exception {
        Path file = folder.resolve("a.csv");
        Charset windows1256 = Charset.forName("windows-1256");
        Files.write(file, "شناسه;عنوان\nAFZ-1;هتل\n\nAFZ-2;بندر\n".getBytes(windows1256));

        try (RecordReader.Document csv = CsvRecordReader.INSTANCE.open(file, Limits.DEFAULT)) {
            assertThat(csv.sheets()).containsExactly("");
            assertThat(csv.notes()).isEqualTo(new Notes(windows1256, Charset.forName("windows-1252"), ';'));
            assertThat(csv.notes().guessed()).isTrue();
            try (RecordReader.Records rows = csv.records("")) {
                CellRecord header = rows.next().convert();
                List<CellRecord> rest = new ArrayList<>();
                for (RecordReader.RawBatch b = rows.nextBatch(512, 1 << 20); b != null; b = rows.nextBatch(512, 1 << 20)) {
                    b.convert(rest::add);
                }

                assertThat(header).isEqualTo(CellRecord.ofText(1, "شناسه", "عنوان"));
                assertThat(rest).containsExactly(CellRecord.ofText(2, "AFZ-1", "هتل"), CellRecord.ofText(3, ""),
                        CellRecord.ofText(4, "AFZ-2", "بندر"));
                assertThat(rows.bytesRead()).isEqualTo(Files.size(file));
            }
        }
    }

    @Test
    void a_csv_file_is_read_again_from_its_first_line_when_its_records_are_opened_twice() throws Exception {
        Path file = folder.resolve("twice.csv");
        Files.writeString(file, "id,title\nAFZ-1,hotel\n");

        try (RecordReader.Document csv = CsvRecordReader.INSTANCE.open(file, Limits.DEFAULT)) {
            List<CellRecord> first = records(csv);
            List<CellRecord> second = records(csv);

            assertThat(second).isEqualTo(first).containsExactly(CellRecord.ofText(1, "id", "title"),
                    CellRecord.ofText(2, "AFZ-1", "hotel"));
            assertThat(csv.notes()).isEqualTo(new Notes(StandardCharsets.UTF_8, null, ','));
        }
    }

    @Test
    void a_batch_of_csv_hands_out_the_records_before_an_unclosed_quote_then_its_failure_naming_the_line()
            throws Exception {
        Path file = folder.resolve("quote.csv");
        Files.writeString(file, "id,title\nAFZ-1,hotel\nAFZ-2,\"port\n");

        try (RecordReader.Document csv = CsvRecordReader.INSTANCE.open(file, Limits.DEFAULT);
                RecordReader.Records rows = csv.records("")) {
            rows.next();
            List<CellRecord> read = new ArrayList<>();
            RecordReader.RawBatch batch = rows.nextBatch(512, 1 << 20);

            assertThatThrownBy(() -> batch.convert(read::add)).isInstanceOfSatisfying(RecordException.class, e -> {
                assertThat(e.reason()).isEqualTo(RecordException.Reason.UNCLOSED_QUOTE);
                assertThat(e.line()).isEqualTo(3);
            });
            assertThat(read).containsExactly(CellRecord.ofText(2, "AFZ-1", "hotel"));
        }
    }

    @Test
    void a_chunk_hands_the_importer_the_records_it_converts_as_parsed_then_its_failure() throws Exception {
        Path file = folder.resolve("chunk.csv");
        Files.writeString(file, "id,title\nAFZ-1,\"hotel\r\nby the sea\"\n\nAFZ-2,port\nAFZ-3,\"x\n");

        try (RecordReader.Document csv = CsvRecordReader.INSTANCE.open(file, Limits.DEFAULT);
                RecordReader.Records rows = csv.records("")) {
            rows.next();
            RecordReader.RawBatch batch = rows.nextBatch(512, 1 << 20);
            List<CellRecord> converted = new ArrayList<>();
            List<CellRecord> parsed = new ArrayList<>();

            assertThatThrownBy(() -> batch.convert(converted::add)).isInstanceOf(RecordException.class);
            assertThatThrownBy(() -> ((CsvRecordReader.Chunk) batch).records(
                    (line, cells, normal) -> parsed.add(CellRecord.ofText(line, cells))))
                    .isInstanceOfSatisfying(RecordException.class, e -> {
                        assertThat(e.reason()).isEqualTo(RecordException.Reason.UNCLOSED_QUOTE);
                        assertThat(e.line()).isEqualTo(6);
                    });
            assertThat(parsed).isEqualTo(converted).containsExactly(
                    CellRecord.ofText(2, "AFZ-1", "hotel\r\nby the sea"), CellRecord.ofText(4, ""),
                    CellRecord.ofText(5, "AFZ-2", "port"));
        }
    }

    @Test
    void bytes_invalid_in_the_given_encoding_before_the_delimiter_is_told_fail_the_first_record_and_keep_the_encoding()
            throws Exception {
        Path file = folder.resolve("bad.csv");
        Files.write(file, new byte[] {'i', 'd', (byte) 0x81, '\n'});
        Charset windows1252 = Charset.forName("windows-1252");

        try (RecordReader.Document csv = CsvRecordReader.open(Source.of(file), windows1252, null,
                Limits.DEFAULT, null); RecordReader.Records rows = csv.records("")) {
            assertThatThrownBy(rows::next).isInstanceOfSatisfying(RecordException.class,
                    e -> assertThat(e.reason()).isEqualTo(RecordException.Reason.UNDECODABLE));
            assertThat(csv.notes()).isEqualTo(new Notes(windows1252, null, null));
        }
    }

    private static List<CellRecord> records(RecordReader.Document csv) throws IOException, RecordException {
        List<CellRecord> all = new ArrayList<>();
        try (RecordReader.Records rows = csv.records("")) {
            for (RecordReader.RawRecord r = rows.next(); r != null; r = rows.next()) {
                all.add(r.convert());
            }
        }
        return all;
    }
}
