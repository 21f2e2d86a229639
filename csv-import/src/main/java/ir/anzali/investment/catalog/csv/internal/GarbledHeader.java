package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.internal.LostLetters;
import ir.anzali.investment.catalog.csv.spi.CellNames;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A header row whose unknown names are the format's column names garbled by a wrong encoding, told
 * so that the file is refused with what happened and what to do instead of only unknown columns (the
 * other cells are garbled the same way, so no row can be trusted): an {@code encoding-error} on the
 * header's line. Four garblings are recognized, each by the column names it gives back:
 * <ul>
 * <li>a file of UTF-8 (or windows-1256) read here in a single-byte encoding it is not in — given, or
 *     guessed: its names read back in that other encoding;</li>
 * <li>a UTF-8 file that a program opened as windows-1256 or windows-1252 (Latin-1) text and saved
 *     again, in UTF-8 or in a workbook ({@code ط´ظ†ط§ط³ظ‡}, {@code Ø´Ù†Ø§Ø³Ù‡} for {@code شناسه});</li>
 * <li>a file saved in an encoding that lacks some letters, written as {@code ?} — the Persian
 *     {@code ی}, which windows-1256 has not ({@code ز?ربخش});</li>
 * <li>the replacement character {@code U+FFFD} in a name, left by a program that read a file in the
 *     wrong encoding and lost its letters.</li>
 * </ul>
 * Where none of these gives a name back, a name whose letters were lost to {@code ?}
 * ({@link LostLetters}) — every letter of a Persian header saved in a Western encoding — is told too.
 * Only names of at most {@value #LONGEST} characters are examined. Stateless.
 */
final class GarbledHeader {

    /** The longest header cell examined: column names, with a scale and unit, are far shorter. */
    static final int LONGEST = 200;

    /** The replacement character a decoder puts for bytes it cannot read. */
    private static final char REPLACEMENT = '\uFFFD';

    /** The Persian yeh, the letter windows-1256 lacks, which a program saving in it writes as {@code ?}. */
    private static final String PERSIAN_YEH = "\u06CC";

    private GarbledHeader() {
    }

    /**
     * Looks for a garbled header.
     *
     * @param kind     what the file holds
     * @param cells    the header's cells as read
     * @param header   the header read from them
     * @param line     the header's line
     * @param read     the encoding the file was read in, or null for a workbook
     * @param messages the language of the message
     * @param sheet    the sheet's name, for a workbook; null for a CSV file
     * @return the {@code encoding-error} that says how the names are garbled; empty when the header
     *         has no unknown name, or none that a garbling explains
     */
    static Optional<Problem> find(Kind kind, String[] cells, Header header, long line, @Nullable Charset read,
            Messages messages, @Nullable String sheet) {
        boolean[] known = known(kind, header, cells.length);
        for (int i = 0; i < cells.length; i++) {
            if (!known[i] && cells[i].length() <= LONGEST && cells[i].indexOf(REPLACEMENT) >= 0) {
                return Optional.of(problem(line, cells[i], i, sheet, messages.get("garbled-header.replaced", "line",
                        line, "value", cells[i].strip())));
            }
        }
        Repair best = null;
        for (Garbling g : garblings(read)) {
            Repair r = g.repair(kind, cells, known, line, messages, sheet);
            if (r != null && (best == null || r.gained() > best.gained())) {
                best = r;
            }
        }
        if (best == null) {
            return lost(cells, known, line, messages, sheet);
        }
        String value = cells[best.cell()].strip();
        String name = messages.column(best.column());
        Garbling g = best.garbling();
        String message = switch (g.way()) {
            case READ_AS -> messages.get("garbled-header.read-as", "line", line, "value", value, "column", name,
                    "encoding", g.original().name(), "read", g.read().name());
            case SAVED -> messages.get("garbled-header.saved", "line", line, "value", value, "column", name,
                    "encoding", g.read().name());
            case QUESTION_MARKS -> messages.get("garbled-header.question-marks", "line", line, "value", value,
                    "column", name);
        };
        return Optional.of(problem(line, cells[best.cell()], best.cell(), sheet, message));
    }

    /**
     * The first unknown name whose letters were lost to {@code ?} ({@link LostLetters}) where no
     * garbling gives a name back: every letter of a Persian header saved in a Western encoding.
     */
    private static Optional<Problem> lost(String[] cells, boolean[] known, long line, Messages messages,
            @Nullable String sheet) {
        for (int i = 0; i < cells.length; i++) {
            if (!known[i] && cells[i].length() <= LONGEST && LostLetters.in(cells[i].strip(), false, false)) {
                return Optional.of(problem(line, cells[i], i, sheet, messages.get("garbled-header.lost-letters",
                        "line", line, "value", cells[i].strip())));
            }
        }
        return Optional.empty();
    }

    private static Problem problem(long line, String cell, int index, @Nullable String sheet, String message) {
        return new Problem(line, null, null, cell, ErrorCode.ENCODING_ERROR, message, sheet,
                sheet == null ? null : CellNames.of(index, line));
    }

    /** Which cells of a header name a column. */
    private static boolean[] known(Kind kind, Header header, int width) {
        boolean[] known = new boolean[width];
        for (Column c : kind.columns()) {
            int i = header.index(c.name());
            if (i >= 0) {
                known[i] = true;
            }
        }
        return known;
    }

    /** The garblings that may explain the names of a file read in an encoding (null: a workbook). */
    private static List<Garbling> garblings(@Nullable Charset read) {
        List<Garbling> out = new ArrayList<>();
        if (read != null && GivenEncoding.singleByte(read)) {
            out.add(new Garbling(Garbling.Way.READ_AS, read, StandardCharsets.UTF_8));
            if (!read.equals(EncodingDetector.WINDOWS_1256)) {
                out.add(new Garbling(Garbling.Way.READ_AS, read, EncodingDetector.WINDOWS_1256));
            }
        } else {
            out.add(new Garbling(Garbling.Way.SAVED, EncodingDetector.WINDOWS_1256, StandardCharsets.UTF_8));
            out.add(new Garbling(Garbling.Way.SAVED, EncodingDetector.WINDOWS_1252, StandardCharsets.UTF_8));
        }
        out.add(new Garbling(Garbling.Way.QUESTION_MARKS, StandardCharsets.UTF_8, StandardCharsets.UTF_8));
        return out;
    }

    /**
     * A column name found again by undoing a garbling.
     *
     * @param garbling the garbling undone
     * @param cell     the first cell it gives a name back to
     * @param column   the column that cell names
     * @param gained   how many cells it gives a name back to
     */
    private record Repair(Garbling garbling, int cell, Column column, int gained) {
    }

    /**
     * A way text is garbled: bytes of {@code original} read as {@code read}; or, for
     * {@link Way#QUESTION_MARKS}, letters written as {@code ?}.
     */
    private record Garbling(Way way, Charset read, Charset original) {

        enum Way {
            /** The file is in {@code original} and was read here as {@code read}. */
            READ_AS,
            /** The file holds text of {@code original} that a program read as {@code read} and saved again. */
            SAVED,
            /** A program saved the file in an encoding that lacks letters, and wrote {@code ?} for them. */
            QUESTION_MARKS
        }

        /** The names this garbling gives back, or null when it gives back none. */
        @Nullable Repair repair(Kind of, String[] cells, boolean[] known, long line,
                Messages messages, @Nullable String sheet) {
            UnaryOperator<String> undo = way == Way.QUESTION_MARKS
                    ? s -> s.indexOf('?') < 0 ? null : s.replace("?", PERSIAN_YEH)
                    : s -> reread(s, read, original);
            String[] repaired = cells.clone();
            boolean changed = false;
            for (int i = 0; i < cells.length; i++) {
                if (!known[i] && cells[i].length() <= LONGEST) {
                    String r = undo.apply(cells[i]);
                    if (r != null && !r.equals(cells[i])) {
                        repaired[i] = r;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return null;
            }
            Header again = new Header(of, repaired, line, messages, sheet);
            boolean[] now = known(of, again, repaired.length);
            int first = -1;
            int gained = 0;
            for (int i = 0; i < cells.length; i++) {
                if (now[i] && !known[i]) {
                    gained++;
                    first = first < 0 ? i : first;
                }
            }
            if (gained == 0) {
                return null;
            }
            Column column = null;
            for (Column c : of.columns()) {
                if (again.index(c.name()) == first) {
                    column = c;
                }
            }
            return column == null ? null : new Repair(this, first, column, gained);
        }
    }

    /**
     * Text as it reads when its characters, written in the encoding they were read in, are read in
     * another: null when a character has no byte there, or the bytes are not valid in the other.
     * Windows-1252's five undefined bytes are taken as the control characters Latin-1 reads them as,
     * as programs that read windows-1252 do.
     */
    static @Nullable String reread(String text, Charset read, Charset original) {
        CharsetEncoder encoder = read.newEncoder();
        boolean latin = read.equals(EncodingDetector.WINDOWS_1252);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (latin && c >= 0x80 && c <= 0x9F) {
                bytes.write(c);
            } else if (!Character.isSurrogate(c) && encoder.canEncode(c)) {
                bytes.writeBytes(String.valueOf(c).getBytes(read));
            } else {
                return null;
            }
        }
        try {
            return original.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
