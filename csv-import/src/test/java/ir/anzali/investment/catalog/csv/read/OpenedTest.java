package ir.anzali.investment.catalog.csv.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.csv.Containers;
import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.internal.WorkbookException;
import ir.anzali.investment.catalog.csv.internal.WorkbookReader;
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
    private static final class Counting implements WorkbookReader {
        int opened;
        int closed;
        @Nullable WorkbookException failure;

        @Override
        public Workbook open(Path file, Limits limits, Path temporary) throws WorkbookException {
            opened++;
            if (failure != null) {
                throw failure;
            }
            return new Workbook() {
                @Override
                public List<String> sheets() {
                    return List.of("opportunities");
                }

                @Override
                public Rows rows(String sheet) {
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
        try (Opened in = Opened.of(ImportSource.of(file), false, dir)) {
            assertThat(in.workbook()).isTrue();
            WorkbookReader once = in.once(reader);
            for (int i = 0; i < 3; i++) {
                try (WorkbookReader.Workbook book = once.open(file, Limits.DEFAULT)) {
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
        reader.failure = new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0, "damaged");
        try (Opened in = Opened.of(ImportSource.of(file), false, dir)) {
            WorkbookReader once = in.once(reader);
            assertThatThrownBy(() -> once.open(file, Limits.DEFAULT)).isSameAs(reader.failure);
            assertThatThrownBy(() -> once.open(file, Limits.DEFAULT)).isSameAs(reader.failure);
        }
        assertThat(reader.opened).isEqualTo(1);
        assertThat(reader.closed).isZero();
    }
}
