package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CsvFiles;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a file's bytes tell about the single-byte encoding given for it, on random text: a real
 * windows-1256 or windows-1252 file is never refused, the same text in UTF-8 always is, with the line
 * of its first character of more than one byte and its first word of such characters; a windows-1256
 * file given a Latin encoding names the line of its first Persian word; and the words counted block
 * by block are those counted at once.
 */
class GivenEncodingTest {

    /** Persian words as Excel saves them on a Persian Windows, گ پ چ ژ and half-spaces included. */
    private static final String[] PERSIAN = {"گزارش", "پروژه‌ها", "هتل", "ساحلی", "بندر", "انزلی", "سرمایه‌گذاری",
        "چای", "ژاله", "منطقه", "آزاد", "گردشگری", "صنایع", "دریایی", "شناسه", "بازار", "اسکله", "کشتی"};
    /** Persian words with words of other characters that take more than one byte in UTF-8, and plain ones. */
    private static final String[] PERSIAN_CELLS = {"گزارش", "پروژه‌ها", "هتل", "سرمایه‌گذاری", "Hotel", "۱۴۰۵",
        "کشتی", "AFZO", "ژاله"};
    /** French and German words, accented and not. */
    private static final String[] LATIN = {"Société", "Größe", "Hôtel", "Straße", "Übersicht", "café", "naïve",
        "Ärger", "résumé", "français", "Zürich", "über", "Müller", "crème", "à", "Öl", "garçon", "Mädchen",
        "équipe", "Fußball", "déjà", "Noël", "port", "zone", "Anzali", "und", "la", "de", "Hafen", "Ufer"};
    private static final Charset WINDOWS_1256 = EncodingDetector.WINDOWS_1256;
    private static final Charset WINDOWS_1252 = EncodingDetector.WINDOWS_1252;

    @TempDir
    Path dir;

    @Test
    void real_single_byte_files_are_never_refused_and_the_same_texts_in_utf8_always_are_with_line_and_word()
            throws IOException {
        seeds(4_000, (seed, random, persian) -> {
            Charset own = persian ? WINDOWS_1256 : WINDOWS_1252;
            Text text = text(persian ? PERSIAN_CELLS : LATIN, random);
            // Windows-1256 lacks the Persian yeh: Excel writes the Arabic one.
            String saved = persian ? text.text.replace('ی', 'ي') : text.text;
            String utf8 = text.text;
            assertThat(GivenEncoding.examine(trickle(saved.getBytes(own), random), own, Long.MAX_VALUE))
                    .as("seed %d: %s", seed, saved).isNull();
            for (Charset given : new Charset[] {own, WINDOWS_1256, WINDOWS_1252, StandardCharsets.ISO_8859_1}) {
                GivenEncoding.Misread m = GivenEncoding.examine(trickle(utf8.getBytes(StandardCharsets.UTF_8), random),
                        given, Long.MAX_VALUE);
                assertThat(m).as("seed %d given %s: %s", seed, given, utf8).isNotNull();
                assertThat(m.seems()).isEqualTo(StandardCharsets.UTF_8);
                assertThat(m.line()).as("seed %d: %s", seed, utf8).isEqualTo(text.wideLine);
                assertThat(m.word()).isNotNull();
                assertThat(m.word().written()).as("seed %d: %s", seed, utf8).isEqualTo(text.wideWord);
                assertThat(m.word().read()).isEqualTo(GivenEncoding.asRead(text.wideWord, given))
                        .isNotEqualTo(text.wideWord);
            }
        });
    }

    @Test
    void latin_bytes_show_no_windows_1256_text_and_persian_bytes_name_the_line_and_word_of_their_first_persian_word()
            throws IOException {
        seeds(2_000, (seed, random, persian) -> {
            int lines = random.nextInt(1, 8);
            int persianFrom = random.nextInt(1, lines + 1);
            StringBuilder text = new StringBuilder();
            for (int l = 1; l <= lines; l++) {
                String cells = !persian ? words(LATIN, random) : l < persianFrom ? "Hotel, port 7"
                        : words(PERSIAN, random) + " Hotel";
                text.append("AFZ-1,").append(cells).append(random.nextBoolean() ? "\r\n" : "\n");
            }
            byte[] bytes = persian ? text.toString().replace('ی', 'ي').getBytes(WINDOWS_1256)
                    : text.toString().getBytes(WINDOWS_1252);
            for (Charset latin : GivenEncoding.LATIN) {
                GivenEncoding.Misread m = GivenEncoding.examine(trickle(bytes, random), latin, Long.MAX_VALUE);
                if (!persian) {
                    assertThat(m).as("seed %d given %s: %s", seed, latin, text).isNull();
                } else {
                    assertThat(m).as("seed %d given %s: %s", seed, latin, text).isNotNull();
                    assertThat(m.seems()).isEqualTo(WINDOWS_1256);
                    assertThat(m.line()).isEqualTo(persianFrom);
                    String written = m.word().written();
                    String line = text.toString().replace('ی', 'ي').split("\r?\n")[(int) persianFrom - 1];
                    assertThat(written).as("seed %d", seed).matches("\\p{IsArabic}+");
                    assertThat(line).as("seed %d", seed).contains(written);
                    assertThat(m.word().read()).as("seed %d", seed).isEqualTo(new String(written.getBytes(WINDOWS_1256),
                            latin).chars().map(c -> Character.isISOControl(c) ? '\uFFFD' : c).collect(StringBuilder::new,
                            StringBuilder::appendCodePoint, StringBuilder::append).toString());
                }
            }
        });
    }

    /** A case of random text, Persian or Latin, made from its seed; each failure message prints the seed. */
    private interface Seeded {
        void check(long seed, SplittableRandom random, boolean persian) throws IOException;
    }

    /** Checks the cases of seeds 1 to {@code count}, each with its random source and whether its text is Persian. */
    private static void seeds(long count, Seeded each) throws IOException {
        for (long seed = 1; seed <= count; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            each.check(seed, random, random.nextBoolean());
        }
    }

    @Test
    void a_cyrillic_or_greek_file_given_its_own_encoding_is_not_taken_for_windows_1256() throws IOException {
        String russian = "id,title_en\r\nAFZ-001,Гостиница у моря\r\nAFZ-002,Порт Анзали\r\n";
        String greek = "id,title_en\r\nAFZ-001,Ξενοδοχείο δίπλα στη θάλασσα\r\n";
        Charset windows1251 = Charset.forName("windows-1251");
        Charset greekLatin = Charset.forName("ISO-8859-7");
        assertThat(GivenEncoding.examine(new ByteArrayInputStream(russian.getBytes(windows1251)), windows1251,
                Long.MAX_VALUE)).isNull();
        assertThat(GivenEncoding.examine(new ByteArrayInputStream(greek.getBytes(greekLatin)), greekLatin,
                Long.MAX_VALUE)).isNull();
        // The same texts in UTF-8 are told as UTF-8, as in any single-byte encoding.
        GivenEncoding.Misread m = GivenEncoding.examine(
                new ByteArrayInputStream(russian.getBytes(StandardCharsets.UTF_8)), windows1251, Long.MAX_VALUE);
        assertThat(m).isEqualTo(new GivenEncoding.Misread(StandardCharsets.UTF_8, 2,
                new RecordException.Misreading("Р“РѕСЃС‚РёРЅРёС†Р°", "Гостиница")));
    }

    @Test
    void a_windows_1251_russian_file_given_windows_1251_is_read_as_it_is() throws IOException {
        Charset windows1251 = Charset.forName("windows-1251");
        String text = "id,title_en,sector,investment,currency,lead_agency\r\n"
                + "AFZ-001,Гостиница у моря,TOURISM,5000000000,IRR,AFZO\r\nAFZ-002,Порт Анзали,TOURISM,5000000000,IRR,AFZO\r\n";
        Path file = CsvFiles.write(dir, "russian.csv", text, windows1251, false);
        List<String> titles = new ArrayList<>();
        ImportReport report = CsvFiles.checked(CatalogImporter.builder().encoding(windows1251).build()
                .forEachOpportunity(file, Catalog.empty(ReferenceData.defaults()), o -> titles.add(o.title().en())));
        assertThat(report.errors()).isEmpty();
        assertThat(report.encoding()).isEqualTo("windows-1251");
        assertThat(titles).containsExactly("Гостиница у моря", "Порт Анзали");
    }

    @Test
    void a_utf16_file_given_a_single_byte_encoding_is_told_as_utf16_with_its_mark_or_without() throws IOException {
        Charset[] givens = {WINDOWS_1256, WINDOWS_1252, StandardCharsets.ISO_8859_1, Charset.forName("ISO-8859-15")};
        seeds(1_000, (seed, random, persian) -> {
            String text = text(persian ? PERSIAN_CELLS : LATIN, random).text;
            Charset wide = random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            boolean marked = random.nextBoolean();
            byte[] body = text.getBytes(wide);
            byte[] bytes = marked ? concat(wide == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF}, body) : body;
            Charset given = givens[random.nextInt(givens.length)];
            assertThat(GivenEncoding.examine(trickle(bytes, random), given, Long.MAX_VALUE))
                    .as("seed %d: %s in %s, marked %s, given %s", seed, text, wide, marked, given)
                    .isEqualTo(new GivenEncoding.Misread(wide, 1, null));
        });
    }

    @Test
    void a_utf16_file_given_windows_1256_or_a_latin_encoding_is_one_encoding_error_saying_utf16_in_both_languages()
            throws IOException {
        String text = "شناسه,عنوان,بخش,مبلغ سرمایه‌گذاری,واحد پول,دستگاه مسئول\r\n"
                + "AFZ-TOU-001,هتل ساحلی,TOURISM,250 میلیارد,IRR,AFZO\r\n";
        Path marked = CsvFiles.write(dir, "marked.csv", text, StandardCharsets.UTF_16LE, true);
        Path unmarked = CsvFiles.write(dir, "unmarked.csv", text, StandardCharsets.UTF_16LE, false);
        for (Path file : List.of(marked, unmarked)) {
            for (Charset given : List.of(WINDOWS_1256, StandardCharsets.ISO_8859_1)) {
                ImportReport report = CsvFiles.checked(CatalogImporter.builder().encoding(given).build()
                        .validate(file, Kind.OPPORTUNITIES));
                assertThat(report.errors()).as("%s given %s", file, given).singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ErrorCode.ENCODING_ERROR);
                    assertThat(p.line()).isEqualTo(1L);
                    assertThat(p.message()).isEqualTo("The file seems to be in UTF-16LE, which writes every character"
                            + " in two bytes, but it was read as " + given.name() + ", one byte a character: every"
                            + " character of it, plain English (ASCII) included, would be garbled. Leave the encoding"
                            + " out so that it is detected, or read it as UTF-16LE, or save it as \"CSV UTF-8\".");
                });
            }
        }
        ImportReport persian = CatalogImporter.builder().persian().encoding(WINDOWS_1256).build()
                .validate(marked, Kind.OPPORTUNITIES);
        assertThat(persian.errors()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("پرونده به نظر با رمزگذاری UTF-16LE است که هر نویسه را با دو بایت می‌نویسد، اما با"
                        + " windows-1256 خوانده شد"));
    }

    @Test
    void an_english_utf8_file_with_its_byte_order_mark_given_windows_1252_names_the_mark_not_a_word() throws IOException {
        Path file = CsvFiles.write(dir, "english.csv", "id,title_en,sector,investment,currency,lead_agency\r\n"
                + "AFZ-TOU-001,Beach hotel,TOURISM,250 billion,IRR,AFZO\r\n", StandardCharsets.UTF_8, true);

        ImportReport report = CsvFiles.checked(CatalogImporter.builder().encoding(WINDOWS_1252).build()
                .validate(file, Kind.OPPORTUNITIES));
        ImportReport persian = CatalogImporter.builder().persian().encoding(WINDOWS_1256).build()
                .validate(file, Kind.OPPORTUNITIES);

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.ENCODING_ERROR);
            assertThat(p.line()).isEqualTo(1L);
            assertThat(p.message()).isEqualTo("The file begins with the byte order mark of UTF-8, which says it is in"
                    + " UTF-8, but it was read as windows-1252: the mark would be read as \"ï»¿\" in front of the"
                    + " first column's name. Leave the encoding out so that it is detected, or read it as UTF-8.");
        });
        assertThat(persian.errors()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("پرونده با نشانهٔ ترتیب بایت (BOM) رمزگذاری UTF-8 آغاز می‌شود"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void only_single_byte_encodings_are_examined() {
        assertThat(GivenEncoding.singleByte(WINDOWS_1256)).isTrue();
        assertThat(GivenEncoding.singleByte(Charset.forName("ISO-8859-15"))).isTrue();
        assertThat(GivenEncoding.singleByte(Charset.forName("windows-1251"))).isTrue();
        assertThat(GivenEncoding.singleByte(StandardCharsets.UTF_8)).isFalse();
        assertThat(GivenEncoding.singleByte(StandardCharsets.UTF_16LE)).isFalse();
    }

    @Test
    void a_stream_examined_to_a_limit_that_ends_inside_a_character_is_still_utf8() throws IOException {
        byte[] bytes = "id,title_en\nAFZ-1,Hôtel Zürich\n".getBytes(StandardCharsets.UTF_8);
        int inside = "id,title_en\nAFZ-1,Hôtel Z".getBytes(StandardCharsets.UTF_8).length + 1;
        GivenEncoding.Misread m = GivenEncoding.examine(new ByteArrayInputStream(bytes), WINDOWS_1256, inside);
        assertThat(m).isNotNull();
        assertThat(m.line()).isEqualTo(2);
        assertThat(m.word()).isEqualTo(new RecordException.Misreading("Hأ´tel", "Hôtel"));
        // The whole file is not valid UTF-8 when it ends inside a character.
        assertThat(GivenEncoding.examine(new ByteArrayInputStream(bytes, 0, inside), WINDOWS_1256, Long.MAX_VALUE))
                .isNull();
    }

    @Test
    void a_long_word_is_shown_by_its_end_up_to_its_first_character_of_more_than_one_byte() throws IOException {
        String text = "id,title_en\r\nAFZ-1," + "x".repeat(100) + "étude du port\r\n";
        for (long seed = 1; seed <= 50; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            GivenEncoding.Misread m = GivenEncoding.examine(trickle(text.getBytes(StandardCharsets.UTF_8), random),
                    WINDOWS_1252, Long.MAX_VALUE);
            assertThat(m).as("seed %d", seed).isNotNull();
            assertThat(m.line()).isEqualTo(2);
            assertThat(m.word()).as("seed %d", seed)
                    .isEqualTo(new RecordException.Misreading("x".repeat(39) + "Ã©", "x".repeat(39) + "é"));
        }
    }

    @Test
    void control_characters_and_undefined_bytes_of_a_reading_are_shown_as_replacement_characters() {
        assertThat(GivenEncoding.asRead("شناسه", WINDOWS_1256)).isEqualTo("ط´ظ†ط§ط³ظ‡");
        assertThat(GivenEncoding.asRead("شناسه", WINDOWS_1252)).isEqualTo("Ø´Ù†Ø§Ø³Ù‡");
        assertThat(GivenEncoding.asRead("شناسه", StandardCharsets.ISO_8859_1)).isEqualTo("Ø´Ù\uFFFDØ§Ø³Ù\uFFFD");
        assertThat(GivenEncoding.asRead("فارسی", WINDOWS_1252)).isEqualTo("Ù\uFFFDØ§Ø±Ø³ÛŒ");
    }

    @Test
    void words_counted_in_blocks_are_the_words_counted_at_once() {
        for (long seed = 1; seed <= 3_000; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            byte[] bytes = mixedBytes(random);
            EncodingDetector.Words blocks = new EncodingDetector.Words();
            int at = 0;
            while (at < bytes.length) {
                int to = Math.min(bytes.length, at + random.nextInt(1, 12));
                blocks.add(bytes, at, to);
                at = to;
            }
            blocks.finish();
            long[] expected = referenceWords(bytes);
            assertThat(new long[] {blocks.mixed, blocks.arabic, blocks.firstArabicLine})
                    .as("seed %d", seed).containsExactly(expected);
        }
    }

    /** Random text of words, Latin, Persian and bytes of any value, with every line ending. */
    private static byte[] mixedBytes(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(1, 30); i > 0; i--) {
            text.append(switch (random.nextInt(6)) {
                case 0 -> words(LATIN, random);
                case 1 -> words(PERSIAN, random).replace('ی', 'ي');
                case 2 -> "\r\n";
                case 3 -> random.nextBoolean() ? "\r" : "\n";
                case 4 -> random.nextBoolean() ? "Caf" + "\u064Ee" : ", ";
                default -> "";
            });
        }
        byte[] words = text.toString().getBytes(WINDOWS_1256);
        byte[] noise = new byte[random.nextInt(0, 20)];
        random.nextBytes(noise);
        byte[] all = new byte[words.length + noise.length];
        int split = random.nextInt(words.length + 1);
        System.arraycopy(words, 0, all, 0, split);
        System.arraycopy(noise, 0, all, split, noise.length);
        System.arraycopy(words, split, all, split + noise.length, words.length - split);
        return all;
    }

    /** The words of bytes read as windows-1256 as the first reading of the rule counted them: all at once, as text. */
    private static long[] referenceWords(byte[] bytes) {
        String text = new String(bytes, WINDOWS_1256);
        long mixed = 0;
        long arabic = 0;
        long first = 0;
        long line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                if (c == '\r' || c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                    line++;
                }
                i++;
                continue;
            }
            boolean latin = false;
            boolean script = false;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                char l = text.charAt(i++);
                if (l >= '\u0600' && l <= '\u06FF') {
                    script = true;
                } else if (l < '\u0250') {
                    latin = true;
                }
            }
            if (latin && script) {
                mixed++;
            } else if (script && arabic++ == 0) {
                first = line;
            }
        }
        return new long[] {mixed, arabic, first};
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Random CSV text of lines of words, some lines ASCII alone, with the line and word where the
     * first character of more than one byte is.
     */
    private record Text(String text, long wideLine, @Nullable String wideWord) {
    }

    private static Text text(String[] pool, SplittableRandom random) {
        StringBuilder text = new StringBuilder("id,title,summary\r\n");
        long line = 2;
        long wideLine = 0;
        String wideWord = null;
        int lines = random.nextInt(1, 10);
        for (int l = 0; l < lines || wideWord == null; l++, line++) {
            text.append("AFZ-").append(100 + l).append(',');
            if (random.nextInt(3) > 0 || l >= lines) {
                for (int w = random.nextInt(1, 6); w > 0; w--) {
                    String word = pool[random.nextInt(pool.length)];
                    if (l >= lines && w == 1 && wideWord == null) {
                        word = pool[0];
                    }
                    text.append(word).append(w > 1 ? (random.nextBoolean() ? " " : ",") : "");
                    if (wideWord == null && !isAscii(word)) {
                        wideWord = word;
                        wideLine = line;
                    }
                }
            } else {
                text.append("Anzali port 7");
            }
            text.append(random.nextInt(3) == 0 ? "\n" : random.nextInt(2) == 0 ? "\r" : "\r\n");
        }
        return new Text(text.toString(), wideLine, wideWord);
    }

    private static boolean isAscii(String word) {
        return word.chars().allMatch(c -> c < 0x80);
    }

    private static String words(String[] pool, SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(1, 6); i > 0; i--) {
            out.append(out.length() == 0 ? "" : " ").append(pool[random.nextInt(pool.length)]);
        }
        return out.toString();
    }

    /** The bytes given a few at a time, as a slow stream gives them, so that characters and words are cut between reads. */
    private static InputStream trickle(byte[] bytes, SplittableRandom random) {
        int most = random.nextInt(1, 9);
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, most));
            }
        };
    }
}
