package ir.anzali.investment.catalog.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.csv.write.CsvExporter;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example opportunities saved as plain "CSV" by programs that write {@code ?} for the letters
 * their encoding lacks: Excel on an English Windows (windows-1252, every Persian letter) and
 * LibreOffice in windows-1256 (the Persian {@code ی}, inside a word or at its end).
 */
class LostLettersImportTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Catalog EMPTY = Catalog.empty(ReferenceData.defaults());
    /** The columns of free text, which a lost letter leaves valid text. */
    private static final List<String> PROSE = List.of("title_fa", "title_en", "summary_fa", "summary_en", "area",
            "address", "tags");
    private static final List<String> ENGLISH_ONLY = List.of("ENG-001", "ENG-002");
    private static final Pattern PERSIAN_LETTER = Pattern.compile("[\\p{IsArabic}&&\\p{L}]");
    private static final Pattern YEH = Pattern.compile("ی");

    private final CatalogImporter skipInvalid = CatalogImporter.builder().mode(ImportMode.SKIP_INVALID).build();

    @TempDir
    Path dir;

    /** Excel's plain "CSV" on an English Windows: every character windows-1252 lacks written as {@code ?}. */
    private static byte[] windows1252(String text) {
        return text.getBytes(WINDOWS_1252);
    }

    /**
     * LibreOffice's "Text CSV" in windows-1256: the Persian {@code ی} and Persian digits, which it lacks,
     * written as {@code ?}.
     */
    private static byte[] windows1256(String text) {
        return text.getBytes(WINDOWS_1256);
    }

    /**
     * The example opportunities as the exporter writes them, with two rows of English text only
     * (copies of the first two, their Persian cells emptied) at the end.
     */
    private static List<CSVRecord> examples(CsvExporter exporter) throws Exception {
        Catalog catalog = CatalogImporter.builder().build().importInto(EMPTY, Examples.opportunities(),
                Examples.incentives()).catalog();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(catalog, Kind.OPPORTUNITIES, out);
        String text = out.toString(StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static String csv(List<List<String>> rows) throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecords(rows);
        }
        return out.toString();
    }

    /** The example rows of English headers, and the English-only rows after them. */
    private static List<List<String>> englishRows() throws Exception {
        List<CSVRecord> records = examples(CsvExporter.englishHeaders());
        List<List<String>> rows = new ArrayList<>();
        records.forEach(r -> rows.add(r.toList()));
        List<String> header = rows.get(0);
        for (int k = 0; k < ENGLISH_ONLY.size(); k++) {
            List<String> row = new ArrayList<>(rows.get(1 + k));
            row.set(header.indexOf("id"), ENGLISH_ONLY.get(k));
            for (int c = 0; c < row.size(); c++) {
                if (PERSIAN_LETTER.matcher(row.get(c)).find()) {
                    row.set(c, "");
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** Imports a file in skip-invalid mode, with the example incentives. */
    private ImportReport importSkipping(byte[] bytes, List<Opportunity> imported) throws Exception {
        Path file = dir.resolve("saved.csv");
        Files.write(file, bytes);
        var result = skipInvalid.importInto(EMPTY, file, Examples.incentives());
        result.reports().forEach(CsvFiles::checked);
        imported.addAll(result.catalog().opportunities());
        return result.reports().get(result.reports().size() - 1);
    }

    /**
     * Checks a saved file of English headers: every prose cell that {@code lost} says lost letters is
     * a {@code lost-letters} error naming its row, column and value as saved; no other cell is; the
     * English-only rows are imported.
     *
     * @return the ids of the rows imported
     */
    private List<String> check(UnaryOperator<String> saved, byte[] bytes, Pattern lost) throws Exception {
        List<List<String>> rows = englishRows();
        List<Opportunity> imported = new ArrayList<>();
        ImportReport report = importSkipping(bytes, imported);
        List<String> header = rows.get(0);
        Set<String> expected = new HashSet<>();
        Set<String> rejectedIds = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            for (String column : PROSE) {
                String original = rows.get(r).get(header.indexOf(column));
                if (lost.matcher(original).find()) {
                    expected.add(r + " " + column + " " + saved.apply(original));
                    rejectedIds.add(rows.get(r).get(header.indexOf("id")));
                }
            }
        }
        Set<String> found = new HashSet<>();
        for (Problem p : report.errors()) {
            if (p.code() == ErrorCode.LOST_LETTERS) {
                found.add(p.row() + " " + p.column() + " " + p.value());
                assertThat(p.message()).contains("\"?\"", "CSV UTF-8");
            }
        }
        assertThat(found).isNotEmpty().isEqualTo(expected);
        List<String> ids = imported.stream().map(o -> o.id().value()).toList();
        assertThat(ids).containsAll(ENGLISH_ONLY).doesNotContainAnyElementsOf(rejectedIds);
        return ids;
    }

    @Test
    void english_headers_in_windows_1252_reject_every_row_with_persian_text_as_lost_letters() throws Exception {
        UnaryOperator<String> saved = s -> new String(windows1252(s), WINDOWS_1252);
        assertThat(check(saved, windows1252(csv(englishRows())), PERSIAN_LETTER))
                .containsExactlyInAnyOrderElementsOf(ENGLISH_ONLY);
    }

    @Test
    void english_headers_in_windows_1256_reject_every_row_with_a_yeh_lost_inside_or_at_the_end_of_a_word()
            throws Exception {
        UnaryOperator<String> saved = s -> new String(windows1256(s), WINDOWS_1256);
        List<List<String>> rows = englishRows();
        List<String> ids = check(saved, windows1256(csv(rows)), YEH);
        List<String> header = rows.get(0);
        List<String> withoutYeh = rows.subList(1, rows.size()).stream().filter(r -> !String.join(",", r).contains("ی"))
                .map(r -> r.get(header.indexOf("id"))).toList();
        assertThat(ids).as("no row that held a ی is kept").containsExactlyInAnyOrderElementsOf(withoutYeh);
    }

    @Test
    void a_yeh_lost_at_a_words_end_in_windows_1256_is_lost_letters_that_say_to_write_the_persian_question_mark()
            throws Exception {
        Path file = dir.resolve("yeh.csv");
        Files.write(file, windows1256(CsvFiles.HEADER + "\nAFZ-001,هتل ساحلی,TOURISM,5000000000,IRR,AFZO\n"));
        ImportReport report = CsvFiles.checked(CatalogImporter.builder().build().validate(file, Kind.OPPORTUNITIES));
        assertThat(report.errors()).extracting(Problem::code, Problem::row, Problem::column, Problem::value)
                .containsExactly(tuple(ErrorCode.LOST_LETTERS, 1L, "title_fa", "هتل ساحل?"));
        assertThat(report.errors().get(0).message()).contains("windows-1256", "Persian question mark ؟", "CSV UTF-8");
    }

    @Test
    void a_windows_1256_file_whose_question_marks_are_the_persian_one_is_valid() throws Exception {
        Path file = dir.resolve("question.csv");
        // Written as a program does that keeps the Persian ی in windows-1256: as the Arabic yeh ي, which it has.
        Files.write(file, (CsvFiles.HEADER + "\nAFZ-001,چرا انزلي؟ چون ساحل دارد,TOURISM,5000000000,IRR,AFZO\n")
                .getBytes(WINDOWS_1256));
        ImportReport report = CsvFiles.checked(CatalogImporter.builder().build().validate(file, Kind.OPPORTUNITIES));
        assertThat(report.encoding()).isEqualTo("windows-1256");
        assertThat(report.errors()).isEmpty();
        assertThat(report.accepted()).isEqualTo(1);
    }

    @Test
    void a_question_mark_after_a_word_in_a_utf_8_file_is_valid_text() throws Exception {
        Path file = CsvFiles.write(dir, "question.csv", CsvFiles.HEADER + "\nAFZ-001,چرا?,TOURISM,5000000000,IRR,AFZO\n");
        ImportReport report = CsvFiles.checked(CatalogImporter.builder().build().validate(file, Kind.OPPORTUNITIES));
        assertThat(report.errors()).isEmpty();
        assertThat(report.accepted()).isEqualTo(1);
    }

    @Test
    void a_title_with_letters_lost_is_that_one_error_not_also_a_missing_title() throws Exception {
        Path file = CsvFiles.write(dir, "title.csv", CsvFiles.HEADER + "\nAFZ-001,ب?مه,TOURISM,5000000000,IRR,AFZO\n");
        ImportReport report = CsvFiles.checked(CatalogImporter.builder().build().validate(file, Kind.OPPORTUNITIES));
        assertThat(report.errors()).extracting(Problem::code, Problem::column, Problem::value)
                .containsExactly(tuple(ErrorCode.LOST_LETTERS, "title_fa", "ب?مه"));
    }

    @Test
    void persian_headers_in_windows_1252_are_refused_as_a_header_whose_letters_were_lost_before_any_row()
            throws Exception {
        String text = csv(examples(CsvExporter.persianHeaders()).stream().map(CSVRecord::toList).toList());
        List<Opportunity> imported = new ArrayList<>();
        ImportReport report = importSkipping(windows1252(text), imported);
        assertThat(report.errors()).extracting(Problem::code, Problem::line, Problem::value)
                .containsExactly(tuple(ErrorCode.ENCODING_ERROR, 1L, "?????"));
        assertThat(report.errors().get(0).message()).startsWith("The column names on line 1 have \"?\" in place of"
                + " letters (\"?????\"): the program that saved the file wrote \"?\" for each letter its encoding lacks");
        assertThat(imported).isEmpty();
    }

    @Test
    void persian_headers_in_windows_1256_are_refused_as_a_garbled_header_before_any_row() throws Exception {
        String text = csv(examples(CsvExporter.persianHeaders()).stream().map(CSVRecord::toList).toList());
        List<Opportunity> imported = new ArrayList<>();
        ImportReport report = importSkipping(windows1256(text), imported);
        assertThat(report.errors()).extracting(Problem::code, Problem::line)
                .containsExactly(tuple(ErrorCode.ENCODING_ERROR, 1L));
        assertThat(imported).isEmpty();
    }
}
