package ir.anzali.investment.catalog.csv.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.csv.Containers;
import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file made ready to read: a workbook opened once however often it is read. */
class OpenedTest {

    @TempDir
    Path dir;

    /** A reader that counts its openings and the closings of what it opened. */
    private static final class Counting implements RecordReader {
        int opened;
        int closed;
        @Nullable RecordException failure;

        @Override
        public boolean reads(byte[] head, int length) {
            return true;
        }

        @Override
        public Document open(Path file, Limits limits, Path temporary) throws RecordException {
            opened++;
            if (failure != null) {
                throw failure;
            }
            return new Document() {
                @Override
                public List<String> sheets() {
                    return List.of("opportunities");
                }

                @Override
                public Records records(String sheet) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void close() {
                    closed++;
                }
            };
        }
    }

    @Test
    void a_workbook_is_opened_once_however_often_it_is_read_and_closed_with_the_file() throws Exception {
        Path file = Containers.zip(dir.resolve("book.xlsx"), "xl/workbook.xml", "<workbook/>");
        Counting reader = new Counting();
        try (Opened in = Opened.of(ImportSource.of(file), false, dir, List.of())) {
            assertThat(in.workbook()).isTrue();
            RecordReader once = in.once(reader);
            for (int i = 0; i < 3; i++) {
                try (RecordReader.Document book = once.open(file, Limits.DEFAULT)) {
                    assertThat(book.sheets()).containsExactly("opportunities");
                }
            }
            assertThat(reader.opened).isEqualTo(1);
            assertThat(reader.closed).isZero();
        }
        assertThat(reader.closed).isEqualTo(1);
    }

    @Test
    void a_workbook_that_cannot_be_opened_is_tried_once_and_fails_alike_every_time() throws Exception {
        Path file = Containers.zip(dir.resolve("book.xlsx"), "xl/workbook.xml", "<workbook/>");
        Counting reader = new Counting();
        reader.failure = new RecordException(RecordException.Reason.UNREADABLE, 0, "damaged");
        try (Opened in = Opened.of(ImportSource.of(file), false, dir, List.of())) {
            RecordReader once = in.once(reader);
            assertThatThrownBy(() -> once.open(file, Limits.DEFAULT)).isSameAs(reader.failure);
            assertThatThrownBy(() -> once.open(file, Limits.DEFAULT)).isSameAs(reader.failure);
        }
        assertThat(reader.opened).isEqualTo(1);
        assertThat(reader.closed).isZero();
    }
}
