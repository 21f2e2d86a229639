package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What a file is, told by its content, never its name: a CSV file, an {@code .xlsx} workbook, or a
 * file a clerk may pick by mistake that this library does not read — each of those refused with one
 * {@code unsupported-format} error that names the format and what to do. Works without the workbook
 * module. Reading a file's kind costs its first bytes, and for a zip archive or an OLE2 compound file
 * the names of its entries.
 */
public enum FileFormat {
    /** Text: read as CSV. */
    CSV,
    /** A zip archive that is no other format below: read as an {@code .xlsx} workbook. */
    WORKBOOK,
    /** An Excel 97–2003 workbook ({@code .xls}): a compound file with a {@code Workbook} or {@code Book} stream. */
    XLS,
    /** An Office file protected by a password: a compound file with an {@code EncryptedPackage} stream. */
    ENCRYPTED,
    /** A Word 97–2003 document ({@code .doc}): a compound file with a {@code WordDocument} stream. */
    DOC,
    /** Another compound file, or one whose directory cannot be read. */
    OFFICE_97,
    /** An Excel binary workbook ({@code .xlsb}): a zip archive with {@code xl/workbook.bin}. */
    XLSB,
    /** An OpenDocument spreadsheet ({@code .ods}). */
    ODS,
    /** A Word document ({@code .docx}): a zip archive with {@code word/document.xml}. */
    DOCX,
    /** A PDF document. */
    PDF,
    /**
     * Neither text nor a format above: binary data (an image, an archive of another kind, a program,
     * random bytes), told by the control bytes among its first bytes, which no text file holds so many of.
     */
    BINARY;

    /** Bytes of a file's start that {@link #ofHead} looks at. */
    public static final int HEAD_BYTES = 512;
    /**
     * Binary data is told by at least this many control bytes among the first bytes, and at least one
     * in {@link #CONTROL_SHARE}: a text file holds none but tab, line ends, form feed and the old end-of-file
     * mark, and a CSV file with a stray NUL in a cell stays text, its NUL a type error naming the cell.
     */
    private static final int CONTROL_BYTES = 8;
    private static final int CONTROL_SHARE = 32;
    private static final String ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
    /** The entries whose presence tells a zip archive's format; only these are kept, whatever the archive holds. */
    private static final Set<String> TELLING = Set.of("xl/workbook.bin", "xl/workbook.xml", "content.xml",
            "meta-inf/manifest.xml", "word/document.xml");

    /**
     * Whether a file of this format is read: a CSV file or a workbook.
     *
     * @return false for the formats that are refused
     */
    public boolean readable() {
        return this == CSV || this == WORKBOOK;
    }

    /**
     * What a file's first bytes say, before its entries are looked at.
     *
     * @param head   the first bytes, at least {@link #HEAD_BYTES} when the file has them
     * @param length how many of them there are
     * @return {@link #WORKBOOK} for a zip archive and {@link #OFFICE_97} for a compound file, whose
     *         entries {@link #of(Path)} tells apart; {@link #PDF}; {@link #BINARY} for bytes that are
     *         not text; otherwise {@link #CSV}
     */
    public static FileFormat ofHead(byte[] head, int length) {
        if (isZip(head, length)) {
            return WORKBOOK;
        }
        if (CompoundFile.matches(head, length)) {
            return OFFICE_97;
        }
        if (length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return PDF;
        }
        return isBinary(head, length) ? BINARY : CSV;
    }

    /**
     * Whether a file's first bytes are binary data: many control bytes, and not UTF-16 text, whose
     * zero bytes are half of each ASCII character.
     */
    private static boolean isBinary(byte[] head, int length) {
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0B && b != 0x0C && b != 0x1A) {
                controls++;
            }
        }
        return controls >= CONTROL_BYTES && controls * CONTROL_SHARE >= length
                && !EncodingDetector.isUtf16(head, length);
    }

    /**
     * Tells whether a file's first bytes are those of a zip archive, as an {@code .xlsx} workbook is.
     *
     * @param head   the first bytes
     * @param length how many of them there are
     * @return true for a zip archive's local file header
     */
    public static boolean isZip(byte[] head, int length) {
        return length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /**
     * What a file is.
     *
     * @param file the file, not null
     * @return its format, never null
     * @throws IOException when it cannot be read
     */
    public static FileFormat of(Path file) throws IOException {
        byte[] head = new byte[HEAD_BYTES];
        int n;
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        FileFormat format = ofHead(head, n);
        return format == WORKBOOK ? ofZip(file) : format == OFFICE_97 ? ofCompound(CompoundFile.names(file)) : format;
    }

    /** A compound file by the streams it holds. */
    static FileFormat ofCompound(Set<String> names) {
        Set<String> upper = new HashSet<>();
        names.forEach(n -> upper.add(n.toUpperCase(Locale.ROOT)));
        return upper.contains("ENCRYPTEDPACKAGE") ? ENCRYPTED
                : upper.contains("WORKBOOK") || upper.contains("BOOK") ? XLS
                : upper.contains("WORDDOCUMENT") ? DOC : OFFICE_97;
    }

    /** A zip archive by its entries' names, in any letter case, and its {@code mimetype} entry. */
    private static FileFormat ofZip(Path file) throws IOException {
        Set<String> names = new HashSet<>();
        String mimetype = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (TELLING.contains(name)) {
                    names.add(name);
                }
                if (name.equals("mimetype") && mimetype == null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        mimetype = new String(in.readNBytes(ODS_TYPE.length() + 2), StandardCharsets.US_ASCII).strip();
                    }
                }
            }
        } catch (ZipException e) {
            // A damaged archive: the workbook reader says so.
            return WORKBOOK;
        }
        if (names.contains("xl/workbook.bin")) {
            return XLSB;
        }
        if (ODS_TYPE.equals(mimetype) || names.contains("content.xml") && names.contains("meta-inf/manifest.xml")) {
            return ODS;
        }
        return names.contains("word/document.xml") && !names.contains("xl/workbook.xml") ? DOCX : WORKBOOK;
    }

    /**
     * The report of a file of a format that is not read: one {@code unsupported-format} error naming
     * the format and what to do.
     *
     * @param name     the file's name for the report
     * @param kind     what was to be read
     * @param settings how it was to be read
     * @param context  what rows would be checked against
     * @return the report, never null
     */
    public ImportReport refused(String name, Kind kind, Settings settings, Context context) {
        Tally<Object> tally = new Tally<>(name, null, kind, settings, context, x -> { });
        tally.addError(tally.fileProblem(null, ErrorCode.UNSUPPORTED_FORMAT,
                tally.messages().get("unsupported-format." + name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        return tally.report(null, null);
    }
}
