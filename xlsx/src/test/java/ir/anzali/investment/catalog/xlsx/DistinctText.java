package ir.anzali.investment.catalog.xlsx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes workbooks of distinct text, streaming, for the memory runs: every row a valid opportunity
 * whose id and title are shared strings no other cell uses, as many more unused shared strings as
 * asked, and a comment of random letters after the header. Seeded, so that a run can be repeated.
 */
final class DistinctText {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String[] HEADER = {"id", "title_en", "sector", "investment", "currency", "lead_agency"};
    private static final String WORDS = "hotel marina port logistics park solar farm fishery resort clinic tower mall";

    private DistinctText() {
    }

    /**
     * Writes a workbook.
     *
     * @param file    where
     * @param rows    the opportunities, each with two distinct shared strings
     * @param strings the shared strings in all, at least {@code 2 * rows}
     * @param comment the mebibytes of the comment
     * @param seed    the seed of the titles' words and the comment's letters
     */
    static void write(Path file, int rows, int strings, int comment, long seed) throws IOException {
        Random random = new Random(seed);
        String[] words = WORDS.split(" ");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
                Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16)) {
            part(zip, out, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIP
                    + "\"><workbookPr/><sheets><sheet name=\"opportunities\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, out, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                    + "2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\""
                    + RELATIONSHIP + "/worksheet\"/><Relationship Id=\"rId2\" Target=\"sharedStrings.xml\" Type=\""
                    + RELATIONSHIP + "/sharedStrings\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            out.write("<sst xmlns=\"" + MAIN + "\" count=\"" + strings + "\" uniqueCount=\"" + strings + "\">");
            for (int i = 0; i < strings; i++) {
                String text = i < 2 * rows && i % 2 == 0 ? String.format("AFZ-TOU-%07d", i / 2)
                        : words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " " + i;
                out.write("<si><t>" + text + "</t></si>");
            }
            out.write("</sst>");
            out.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">");
            for (String name : HEADER) {
                out.write("<c t=\"inlineStr\"><is><t>" + name + "</t></is></c>");
            }
            out.write("</row><!--");
            char[] letters = new char[1 << 10];
            for (int k = 0; k < comment << 10; k++) {
                for (int i = 0; i < letters.length; i++) {
                    letters[i] = (char) ('a' + random.nextInt(26));
                }
                out.write(letters);
            }
            out.write("-->");
            for (int r = 0; r < rows; r++) {
                out.write("<row r=\"" + (r + 2) + "\"><c t=\"s\"><v>" + 2 * r + "</v></c><c t=\"s\"><v>" + (2 * r + 1)
                        + "</v></c><c t=\"inlineStr\"><is><t>TOURISM</t></is></c><c><v>" + (1000 + r)
                        + "</v></c><c t=\"inlineStr\"><is><t>USD</t></is></c><c t=\"inlineStr\"><is><t>AFZO</t></is></c></row>");
            }
            out.write("</sheetData></worksheet>");
            out.flush();
            zip.closeEntry();
        }
    }

    private static void part(ZipOutputStream zip, Writer out, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(xml);
        out.flush();
        zip.closeEntry();
    }

    /**
     * Writes a workbook, for a measurement by hand.
     *
     * @param args {@code ROWS STRINGS COMMENT_MIB FILE}
     */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[3]), Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                20261202L);
    }
}
