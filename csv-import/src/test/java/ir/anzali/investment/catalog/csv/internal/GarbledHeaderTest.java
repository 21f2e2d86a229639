package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.CsvFiles;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The files of these tests were written by LibreOffice Calc from {@code utf8.csv}, the first rows of
 * the bundled example: opened in the character set their name gives and saved as "Text CSV" in UTF-8
 * ({@code soffice --infilter="CSV:44,34,38,1" --convert-to "csv:Text - txt - csv (StarCalc):44,34,76"}),
 * or saved in windows-1256 (filter option 38).
 */
class GarbledHeaderTest {

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(GarbledHeaderTest.class.getResource(name), name).toURI());
    }

    private static ImportReport validate(Path file, CatalogImporter importer) throws IOException {
        return CsvFiles.checked(importer.validate(file, Kind.OPPORTUNITIES));
    }

    /** The one error of a report, which must be an encoding error on the header's line. */
    private static Problem garbled(ImportReport report) {
        assertThat(report.errors()).extracting(Problem::code).containsExactly(ErrorCode.ENCODING_ERROR);
        assertThat(report.warnings()).extracting(Problem::code).doesNotContain(ErrorCode.UNKNOWN_COLUMN);
        Problem p = report.errors().get(0);
        assertThat(p.line()).isEqualTo(1L);
        assertThat(p.column()).isNull();
        return p;
    }

    @ParameterizedTest
    @CsvSource({
        "utf8-opened-as-windows-1256-saved-as-utf8.csv, windows-1256, ط´ظ†ط§ط³ظ‡",
        "utf8-opened-as-windows-1252-saved-as-utf8.csv, windows-1252, Ø´Ù†Ø§Ø³Ù‡"})
    void a_utf8_file_that_a_program_opened_as_another_encoding_and_saved_again_is_refused_saying_so(String file,
            String encoding, String garbledId) throws Exception {
        ImportReport report = validate(resource(file), CatalogImporter.builder().build());

        assertThat(report.encoding()).isEqualTo("UTF-8");
        Problem p = garbled(report);
        assertThat(p.value()).endsWith(garbledId);
        assertThat(p.message()).contains("opens a UTF-8 file as " + encoding + " text", "is the column id garbled this way",
                "choosing the character set UTF-8", "\"CSV UTF-8\"");
        assertThat(report.accepted()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1256", "windows-1252", "ISO-8859-1"})
    void a_utf8_file_read_in_a_single_byte_encoding_is_refused_naming_utf8(String encoding) throws Exception {
        ImportReport report = validate(resource("utf8.csv"),
                CatalogImporter.builder().encoding(Charset.forName(encoding)).build());

        // Told before its header, by its bytes being valid UTF-8, with its first word as read and as written.
        Problem p = garbled(report);
        assertThat(p.message()).contains("The file seems to be in UTF-8, but it was read as " + encoding,
                "for \"شناسه\"", "read it as UTF-8");
    }

    @Test
    void a_windows_1256_file_read_as_windows_1252_is_refused_naming_windows_1256() throws Exception {
        // As Excel writes it on a Persian Windows: the Arabic yeh for the Persian one, which windows-1256 lacks;
        // no گ, پ or half-space, whose bytes windows-1252 does not define (an encoding error of their line).
        String text = "شناسه,عنوان,بخش,investment,currency,lead_agency\r\n"
                + "AFZ-TOU-001,هتل,TOURISM,250 میلیارد,ریال,AFZO\r\n";
        Path file = dir.resolve("ansi.csv");
        Files.write(file, text.replace('ی', 'ي').getBytes(Charset.forName("windows-1256")));

        Problem p = garbled(validate(file, CatalogImporter.builder().encoding(Charset.forName("windows-1252")).build()));

        assertThat(p.message()).contains("seems to be in windows-1256, but it was read as windows-1252",
                "Read it as windows-1256");
    }

    @Test
    void a_file_saved_in_windows_1256_with_question_marks_for_the_persian_yeh_is_refused_saying_so() throws Exception {
        ImportReport report = validate(resource("saved-as-windows-1256.csv"), CatalogImporter.builder().build());

        assertThat(report.encoding()).isEqualTo("windows-1256");
        Problem p = garbled(report);
        assertThat(p.value()).isEqualTo("عنوان انگل?س?");
        assertThat(p.message()).contains("have \"?\" in place of letters", "is title_en", "\"CSV UTF-8\"");
    }

    @Test
    void a_header_with_replacement_characters_is_refused_saying_the_letters_are_lost() throws Exception {
        ImportReport report = validate(resource("windows-1256-opened-as-utf8-saved-as-utf8.csv"),
                CatalogImporter.builder().build());

        Problem p = garbled(report);
        assertThat(p.value()).contains("\uFFFD");
        assertThat(p.message()).contains("replacement character", "Those letters are lost", "windows-1256");
    }

    @Test
    void the_message_is_in_persian_with_the_persian_name_of_the_column() throws Exception {
        ImportReport report = validate(resource("utf8-opened-as-windows-1256-saved-as-utf8.csv"),
                CatalogImporter.builder().locale(Locale.forLanguageTag("fa")).build());

        assertThat(garbled(report).message()).startsWith("نام ستون‌های سطر ۱ به‌هم‌ریخته است")
                .contains("شناسه (id)", "windows-1256", "«CSV UTF-8»");
    }

    @Test
    void unknown_columns_that_no_garbling_explains_stay_warnings() throws Exception {
        Path file = CsvFiles.write(dir, "x.csv", CsvFiles.HEADER + ",notes?,یادداشت,Ø¨Ø®\r\n"
                + "AFZ-TOU-001,هتل,TOURISM,250000000000,IRR,AFZO,a,b,c\r\n");

        ImportReport report = validate(file, CatalogImporter.builder().build());

        assertThat(report.errors()).isEmpty();
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.warnings()).extracting(Problem::code).containsOnly(ErrorCode.UNKNOWN_COLUMN).hasSize(3);
    }

    @Test
    void rereading_gives_back_text_only_when_every_character_has_its_byte_and_the_bytes_are_valid() {
        assertThat(GarbledHeader.reread("ط´ظ†ط§ط³ظ‡", EncodingDetector.WINDOWS_1256, StandardCharsets.UTF_8))
                .isEqualTo("شناسه");
        assertThat(GarbledHeader.reread("Ø´Ù\u0086Ø§Ø³Ù\u0087", EncodingDetector.WINDOWS_1252, StandardCharsets.UTF_8))
                .isEqualTo("شناسه");
        assertThat(GarbledHeader.reread("شناسه", EncodingDetector.WINDOWS_1256, StandardCharsets.UTF_8)).isNull();
        assertThat(GarbledHeader.reread("ی", EncodingDetector.WINDOWS_1256, StandardCharsets.UTF_8)).isNull();
    }

    @Test
    void rereading_writes_even_ascii_letters_in_the_encoding_read_so_that_ebcdic_names_are_not_taken_as_they_are() {
        // In EBCDIC "id" is the bytes 0x89 0x84, no UTF-8: an ASCII short cut would give "id" back.
        assertThat(GarbledHeader.reread("id", Charset.forName("IBM037"), StandardCharsets.UTF_8)).isNull();
    }
}
