package ir.anzali.investment.catalog.csv.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A record of typed cells, as a reader hands it to the importer. */
class CellRecordTest {

    @Test
    void a_text_record_makes_empty_cells_blank_and_others_text() {
        CellRecord r = CellRecord.ofText(7, "AFZ-TOU-001", "", " ");

        assertThat(r.cells()).containsExactly(new CellValue.Text("AFZ-TOU-001"), CellValue.BLANK,
                new CellValue.Text(" "));
        assertThat(r.line()).isEqualTo(7);
        assertThat(r.size()).isEqualTo(3);
    }

    @Test
    void reference_names_the_cell_as_spreadsheets_do() {
        CellRecord r = CellRecord.ofText(7, "a");

        assertThat(r.reference(0)).isEqualTo("A7");
        assertThat(r.reference(3)).isEqualTo("D7");
        assertThat(r.reference(27)).isEqualTo("AB7");
    }

    @Test
    void the_cells_are_copied_in_and_cannot_be_changed_out() {
        CellValue[] cells = {new CellValue.Text("a"), CellValue.BLANK};
        CellRecord r = CellRecord.of(2, Arrays.asList(cells));
        cells[0] = CellValue.BLANK;

        assertThat(r.cell(0)).isEqualTo(new CellValue.Text("a"));
        assertThatThrownBy(() -> r.cells().set(0, CellValue.BLANK)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_null_cell_is_refused_naming_it() {
        assertThatThrownBy(() -> CellRecord.of(4, Arrays.asList(CellValue.BLANK, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("cell B4 is null");
    }

    @Test
    void a_line_below_one_is_refused_naming_it() {
        assertThatThrownBy(() -> CellRecord.ofText(0, "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Line must be 1 or more: 0");
    }

    @Test
    void each_typed_cell_reads_as_the_text_a_csv_file_would_hold() {
        List<CellValue> cells = List.of(new CellValue.Number(new BigDecimal("1E+3")),
                new CellValue.Date(LocalDate.of(2026, 11, 27)), new CellValue.Flag(true),
                new CellValue.Failure("#N/A"), new CellValue.NoResult("=B2"), new CellValue.Unbounded("1E-999999999"),
                new CellValue.SolarHijri(1405, 9, 6), CellValue.BLANK);

        assertThat(cells).extracting(CellValue::text).containsExactly("1000", "2026-11-27", "TRUE", "#N/A", "=B2",
                "1E-999999999", "1405/09/06", "");
    }

    @Test
    void equal_records_have_equal_lines_and_cells() {
        assertThat(CellRecord.ofText(3, "a", "")).isEqualTo(CellRecord.of(3, List.of(new CellValue.Text("a"),
                CellValue.BLANK))).hasSameHashCodeAs(CellRecord.ofText(3, "a", ""));
        assertThat(CellRecord.ofText(3, "a")).isNotEqualTo(CellRecord.ofText(4, "a"));
    }

    @Test
    void a_text_record_hands_out_its_texts_as_a_copy_and_equals_the_record_of_the_same_typed_cells() {
        String[] cells = {"AFZ-TOU-001", ""};
        CellRecord r = CellRecord.ofText(5, cells);
        cells[0] = "changed";
        r.texts()[1] = "changed";

        assertThat(r.texts()).containsExactly("AFZ-TOU-001", "");
        assertThat(r.text(0)).isEqualTo("AFZ-TOU-001");
        assertThat(r.cell(1)).isSameAs(CellValue.BLANK);
        assertThat(CellRecord.of(5, List.of(new CellValue.Text("AFZ-TOU-001"), CellValue.BLANK)).texts())
                .containsExactly("AFZ-TOU-001", "");
    }

    @Test
    void the_default_batch_of_a_reader_gathers_its_records_and_ends_with_the_failure_after_them() throws Exception {
        RecordException unreadable = new RecordException(RecordException.Reason.UNREADABLE, 4, "row 4");
        RecordReader.Records rows = new RecordReader.Records() {
            private int line = 1;

            @Override
            public RecordReader.RawRecord next() throws RecordException {
                if (line == 4) {
                    throw unreadable;
                }
                CellRecord r = CellRecord.ofText(line++, "cell");
                return () -> r;
            }

            @Override
            public void close() {
                // Nothing to close.
            }
        };
        List<Long> first = new java.util.ArrayList<>();
        List<Long> second = new java.util.ArrayList<>();

        rows.nextBatch(2, Long.MAX_VALUE).convert(r -> first.add(r.line()));
        RecordReader.RawBatch last = rows.nextBatch(2, Long.MAX_VALUE);

        assertThat(first).containsExactly(1L, 2L);
        assertThatThrownBy(() -> last.convert(r -> second.add(r.line()))).isSameAs(unreadable);
        assertThat(second).containsExactly(3L);
        assertThatThrownBy(() -> rows.nextBatch(2, Long.MAX_VALUE)).isSameAs(unreadable);
    }

    @Test
    void the_text_of_a_typed_cell_is_made_once_however_often_it_is_asked_for() {
        CellRecord r = CellRecord.of(2, List.of(new CellValue.Number(new BigDecimal("1E+3")),
                new CellValue.Date(LocalDate.of(2026, 12, 2))));
        assertThat(r.text(0)).isEqualTo("1000").isSameAs(r.text(0)).isSameAs(r.texts()[0]);
        assertThat(r.text(1)).isEqualTo("2026-12-02").isSameAs(r.text(1));
    }
}
