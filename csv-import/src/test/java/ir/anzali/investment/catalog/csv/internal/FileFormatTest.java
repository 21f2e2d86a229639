package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.Containers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format told by its content, whatever the file's name. */
class FileFormatTest {

    @TempDir
    Path dir;

    @Test
    void a_compound_file_with_a_workbook_stream_is_an_excel_97_workbook() throws Exception {
        assertThat(FileFormat.of(Containers.compound(dir.resolve("a.csv"), "\u0005SummaryInformation", "Workbook")))
                .isEqualTo(FileFormat.XLS);
        assertThat(FileFormat.of(Containers.compound(dir.resolve("b.xls"), "Book"))).isEqualTo(FileFormat.XLS);
    }

    @Test
    void a_compound_file_with_an_encrypted_package_is_a_password_protected_workbook() throws Exception {
        Path file = Containers.compound(dir.resolve("protected.xlsx"), "\u0006DataSpaces", "EncryptionInfo",
                "EncryptedPackage");
        assertThat(FileFormat.of(file)).isEqualTo(FileFormat.ENCRYPTED);
    }

    @Test
    void a_compound_file_with_a_word_document_is_a_word_97_document() throws Exception {
        assertThat(FileFormat.of(Containers.compound(dir.resolve("letter.doc"), "WordDocument", "1Table")))
                .isEqualTo(FileFormat.DOC);
    }

    @Test
    void the_directory_is_read_across_several_sectors() throws Exception {
        Path file = Containers.compound(dir.resolve("many.xls"), "s1", "s2", "s3", "s4", "s5", "s6", "Workbook");
        assertThat(CompoundFile.names(file)).containsExactly("Root Entry", "s1", "s2", "s3", "s4", "s5", "s6",
                "Workbook");
    }

    @Test
    void a_compound_file_whose_directory_points_past_its_end_is_an_office_file_that_cannot_be_told_apart()
            throws Exception {
        Path file = Containers.compound(dir.resolve("cut.xls"), "Workbook");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, 1024));
        assertThat(CompoundFile.names(file)).isEmpty();
        assertThat(FileFormat.of(file)).isEqualTo(FileFormat.OFFICE_97);
    }

    @Test
    void a_compound_file_whose_directory_chain_loops_is_read_in_bounded_work() throws Exception {
        Path file = Containers.compound(dir.resolve("loop.xls"), "Workbook");
        byte[] bytes = Files.readAllBytes(file);
        // The allocation table sends the directory's sector 1 back to itself.
        bytes[512 + 4] = 1;
        bytes[512 + 5] = 0;
        bytes[512 + 6] = 0;
        bytes[512 + 7] = 0;
        Files.write(file, bytes);
        assertThat(CompoundFile.names(file)).isEmpty();
        assertThat(FileFormat.of(file)).isEqualTo(FileFormat.OFFICE_97);
    }

    @Test
    void a_file_of_only_the_compound_magic_is_an_office_file_that_cannot_be_told_apart() throws Exception {
        Path file = Files.write(dir.resolve("magic.xls"), CompoundFile.MAGIC);
        assertThat(FileFormat.of(file)).isEqualTo(FileFormat.OFFICE_97);
    }

    @Test
    void a_zip_with_a_binary_workbook_is_an_xlsb() throws Exception {
        Path file = Containers.zip(dir.resolve("book.xlsx"), "[Content_Types].xml", "<Types/>", "xl/workbook.bin", "x");
        assertThat(FileFormat.of(file)).isEqualTo(FileFormat.XLSB);
    }

    @Test
    void a_zip_whose_mimetype_is_an_opendocument_spreadsheet_is_an_ods() throws Exception {
        Path file = Containers.zip(dir.resolve("sheet.xlsx"), "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<office:document-content/>");
        assertThat(FileFormat.of(file)).isEqualTo(FileFormat.ODS);
        Path unnamed = Containers.zip(dir.resolve("no-mimetype.zip"), "META-INF/manifest.xml", "<manifest/>",
                "content.xml", "<office:document-content/>");
        assertThat(FileFormat.of(unnamed)).isEqualTo(FileFormat.ODS);
    }

    @Test
    void a_zip_with_a_word_document_is_a_docx() throws Exception {
        Path file = Containers.zip(dir.resolve("letter.csv"), "word/document.xml", "<w:document/>");
        assertThat(FileFormat.of(file)).isEqualTo(FileFormat.DOCX);
    }

    @Test
    void a_zip_of_a_workbook_in_any_letter_case_is_a_workbook() throws Exception {
        Path file = Containers.zip(dir.resolve("book.xlsx"), "XL/Workbook.xml", "<workbook/>");
        assertThat(FileFormat.of(file)).isEqualTo(FileFormat.WORKBOOK);
    }

    @Test
    void a_pdf_is_told_by_its_first_bytes() throws Exception {
        Path file = Files.write(dir.resolve("catalog.csv"), "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(FileFormat.of(file)).isEqualTo(FileFormat.PDF);
    }

    @Test
    void text_and_an_empty_file_are_csv() throws Exception {
        assertThat(FileFormat.of(Files.writeString(dir.resolve("a.xls"), "id,title_fa\n"))).isEqualTo(FileFormat.CSV);
        assertThat(FileFormat.of(Files.write(dir.resolve("empty.csv"), new byte[0]))).isEqualTo(FileFormat.CSV);
        assertThat(FileFormat.of(Files.writeString(dir.resolve("p.csv"), "%PDF"))).isEqualTo(FileFormat.CSV);
    }
}
