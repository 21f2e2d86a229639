package ir.anzali.investment.catalog.csv.internal;

import static ir.anzali.investment.catalog.csv.CsvFiles.HEADER;
import static ir.anzali.investment.catalog.csv.CsvFiles.checked;
import static ir.anzali.investment.catalog.csv.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encoding of a file: Persian text saved as windows-1256 and given the Latin encoding
 * windows-1252 is refused naming windows-1256, while Latin text in windows-1252 given that encoding
 * is read, on random text of both kinds.
 */
class EncodingDetectorTest {

    /** Persian words as Excel saves them on a Persian Windows, گ پ چ ژ and half-spaces included. */
    private static final String[] PERSIAN = {"گزارش", "پروژه‌ها", "هتل", "ساحلی", "بندر", "انزلی", "سرمایه‌گذاری",
        "چای", "ژاله", "منطقه", "آزاد", "گردشگری", "صنایع", "دریایی", "شناسه", "بازار", "اسکله", "کشتی"};
    /** French and German words, accented and not. */
    private static final String[] LATIN = {"Société", "Größe", "Hôtel", "Straße", "Übersicht", "café", "naïve",
        "Ärger", "résumé", "français", "Zürich", "über", "Müller", "crème", "à", "Öl", "garçon", "Mädchen",
        "équipe", "Fußball", "déjà", "Noël", "port", "zone", "Anzali", "und", "la", "de", "Hafen", "Ufer"};

    @TempDir
    Path dir;

    @Test
    void persian_text_in_windows_1256_given_windows_1252_is_refused_and_latin_text_in_windows_1252_is_read() throws Exception {
        Charset windows1252 = EncodingDetector.WINDOWS_1252;
        CatalogImporter latin = CatalogImporter.builder().encoding(windows1252).build();
        for (long seed = 1; seed <= 150; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<String> titles = new ArrayList<>();
            boolean persian = random.nextBoolean();
            int rows = random.nextInt(1, 12);
            StringBuilder text = new StringBuilder(HEADER).append("\r\n");
            for (int r = 0; r < rows; r++) {
                String title = words(persian ? PERSIAN : LATIN, random);
                titles.add(title);
                text.append("AFZ-").append(100 + r).append(',').append(title).append(",TOURISM,5000000000,IRR,AFZO\r\n");
            }
            Path file = persian
                    ? write(dir, seed + ".csv", text.toString().replace('ی', 'ي'), EncodingDetector.WINDOWS_1256, false)
                    : write(dir, seed + ".csv", text.toString(), windows1252, false);
            List<String> read = new ArrayList<>();
            ImportReport report = checked(latin.forEachOpportunity(file, Catalog.empty(ReferenceData.defaults()),
                    (Opportunity o) -> read.add(o.title().fa())));
            if (persian) {
                assertThat(report.errors()).as("seed %d: %s", seed, text).singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ErrorCode.ENCODING_ERROR);
                    assertThat(p.line()).isEqualTo(2L);
                    assertThat(p.message()).contains("seems to be in windows-1256, but it was read as windows-1252");
                });
            } else {
                assertThat(report.errors()).as("seed %d: %s", seed, text).isEmpty();
                assertThat(read).as("seed %d: %s", seed, text).isEqualTo(titles);
            }
        }
    }

    private static String words(String[] pool, SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(1, 6); i > 0; i--) {
            out.append(out.length() == 0 ? "" : " ").append(pool[random.nextInt(pool.length)]);
        }
        return out.toString();
    }
}
