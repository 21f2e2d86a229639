package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.spi.RecordException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a workbook's archive that tell how to read its sheets: the workbook part (its sheets,
 * which are visible worksheets, and its date system), found through the package's relationships
 * ({@code _rels/.rels}) as Transitional and Strict OOXML name it; its relationships (where each part
 * is); the styles (which cells show dates or percentages) and the shared strings. Part names are
 * looked up in any letter case, as the Open Packaging Conventions compare them. Each part is read by
 * the XML parser ({@link XmlPart}). Stateless.
 */
final class Parts {

    /** The workbook part where every writer puts it, looked at when the package names none. */
    static final String WORKBOOK = "xl/workbook.xml";
    private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
    /** The document's application properties, where every writer puts them. */
    private static final String APPLICATION = "docProps/app.xml";

    private Parts() {
    }

    /**
     * A sheet the workbook shows, with its rows.
     *
     * @param name its name
     * @param part its XML's part in the archive
     */
    record SheetPart(String name, String part) {
    }

    /**
     * What the workbook part says.
     *
     * @param sheets        its visible worksheets, in order; hidden sheets and chart sheets left out
     * @param date1904      whether its dates count from 1904
     * @param styles        the styles' part, or null
     * @param sharedStrings the shared strings' part, or null
     * @param calc          whether LibreOffice Calc wrote it, whose date cells before 1582-10-15 show days
     *                      of the Julian calendar
     */
    record Book(List<SheetPart> sheets, boolean date1904, @Nullable String styles, @Nullable String sharedStrings,
            boolean calc) {
    }

    /** A relationship: the part it names and the last word of its type, such as {@code worksheet}. */
    private record Relationship(String part, String type) {
    }

    /**
     * A part by its name, in any letter case: the archive's entry of that very name, or else the
     * first whose name differs only in case (looked for only then, so that no index of a hostile
     * archive's entries is kept).
     *
     * @param part the name, with or without a leading {@code /}, or null
     * @return the entry, or null when the archive has none of that name
     */
    static @Nullable ZipEntry entry(ZipFile zip, @Nullable String part) {
        if (part == null) {
            return null;
        }
        String name = part.startsWith("/") ? part.substring(1) : part;
        ZipEntry exact = zip.getEntry(name);
        if (exact != null) {
            return exact;
        }
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
            ZipEntry entry = e.nextElement();
            if (entry.getName().equalsIgnoreCase(name)) {
                return entry;
            }
        }
        return null;
    }

    /**
     * Reads the workbook part, where the package's relationships say it is, and its relationships.
     *
     * @throws RecordException when they are missing or damaged, or a sheet lacks its name or part
     */
    static Book book(ZipFile zip) throws RecordException, IOException {
        Map<String, Relationship> packaged = relationships(zip, "", PACKAGE_RELATIONSHIPS);
        String workbook = workbookPart(zip, packaged);
        String folder = workbook.substring(0, workbook.lastIndexOf('/') + 1);
        Map<String, Relationship> relationships = relationships(zip, folder,
                folder + "_rels/" + workbook.substring(folder.length()) + ".rels");
        List<SheetPart> sheets = new ArrayList<>();
        boolean date1904 = false;
        boolean calc = false;
        try (XmlPart xml = open(zip, workbook)) {
            for (String name = xml.nextElement(); name != null; name = xml.nextElement()) {
                if (name.equals("fileVersion")) {
                    calc = "Calc".equals(xml.attribute("appName"));
                } else if (name.equals("workbookPr")) {
                    date1904 = date1904(xml.attribute("date1904"));
                } else if (name.equals("sheet")) {
                    SheetPart sheet = sheet(xml, relationships);
                    if (sheet != null) {
                        sheets.add(sheet);
                    }
                }
            }
        }
        String styles = null;
        String shared = null;
        for (Relationship r : relationships.values()) {
            styles = r.type().equals("styles") ? r.part() : styles;
            shared = r.type().equals("sharedStrings") ? r.part() : shared;
        }
        return new Book(List.copyOf(sheets), date1904, styles, shared, calc || calcApplication(zip, packaged));
    }

    /**
     * Whether the application properties name LibreOffice as the program that wrote the workbook
     * (their {@code Application} starts with {@code LibreOffice}); false without them.
     */
    private static boolean calcApplication(ZipFile zip, Map<String, Relationship> packaged)
            throws RecordException, IOException {
        String part = APPLICATION;
        for (Relationship r : packaged.values()) {
            part = r.type().equals("extended-properties") && entry(zip, r.part()) != null ? r.part() : part;
        }
        if (entry(zip, part) == null) {
            return false;
        }
        try (XmlPart xml = open(zip, part)) {
            StringBuilder application = null;
            for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                if (event == XMLStreamConstants.START_ELEMENT && xml.name().equals("Application")) {
                    application = new StringBuilder();
                } else if (event == XMLStreamConstants.END_ELEMENT && application != null) {
                    return application.toString().strip().startsWith("LibreOffice");
                } else if (event == XMLStreamConstants.CHARACTERS && application != null
                        && application.length() < 64) {
                    application.append(xml.text());
                }
            }
        }
        return false;
    }

    /** The date system the workbook part names: an xsd:boolean ({@code 1}, {@code true}), as writers write it. */
    private static boolean date1904(@Nullable String value) throws RecordException {
        String v = value == null ? "false" : value.strip();
        return switch (v) {
            case "1", "true", "on" -> true;
            case "0", "false", "off", "" -> false;
            default -> throw new RecordException(RecordException.Reason.UNREADABLE, 0,
                    "its workbook part gives its date system as \"" + v + "\", which is neither true nor false");
        };
    }

    /** A sheet of the workbook part, or null when it is hidden or holds no rows (a chart sheet). */
    private static @Nullable SheetPart sheet(XmlPart xml, Map<String, Relationship> relationships)
            throws RecordException {
        String name = xml.attribute("name");
        if (name == null) {
            throw new RecordException(RecordException.Reason.UNREADABLE, 0,
                    "its workbook part lists a sheet without a name");
        }
        String state = xml.attribute("state");
        if (state != null && !state.strip().equals("visible")) {
            return null;
        }
        String id = xml.qualifiedAttribute("id");
        Relationship r = id == null ? null : relationships.get(id);
        if (r == null) {
            throw new RecordException(RecordException.Reason.UNREADABLE, 0,
                    "it lacks the part of sheet " + name);
        }
        return r.type().equals("worksheet") ? new SheetPart(name, r.part()) : null;
    }

    /**
     * The workbook part: the package's {@code officeDocument} relationship's target, Transitional or
     * Strict, or else where every writer puts it.
     *
     * @throws RecordException when the archive holds no workbook part
     */
    private static String workbookPart(ZipFile zip, Map<String, Relationship> packaged) throws RecordException {
        String workbook = null;
        for (Relationship r : packaged.values()) {
            workbook = workbook == null && r.type().equals("officeDocument") ? r.part() : workbook;
        }
        if (workbook == null || entry(zip, workbook) == null) {
            workbook = WORKBOOK;
        }
        if (entry(zip, workbook) == null) {
            throw new RecordException(RecordException.Reason.UNREADABLE, 0,
                    "it is a zip archive without a workbook (" + WORKBOOK + ")");
        }
        return workbook;
    }

    /**
     * Reads a relationships part: each internal relationship by its id, its target resolved against
     * the folder of the part the relationships belong to, its type by its last word (Transitional and
     * Strict types end alike); none without the part.
     */
    private static Map<String, Relationship> relationships(ZipFile zip, String folder, String rels)
            throws RecordException, IOException {
        Map<String, Relationship> parts = new LinkedHashMap<>();
        if (entry(zip, rels) == null) {
            return parts;
        }
        try (XmlPart xml = open(zip, rels)) {
            for (String name = xml.nextElement(); name != null; name = xml.nextElement()) {
                String id = xml.attribute("Id");
                String target = xml.attribute("Target");
                String type = xml.attribute("Type");
                if (name.equals("Relationship") && id != null && target != null && type != null
                        && !"External".equalsIgnoreCase(xml.attribute("TargetMode"))) {
                    parts.putIfAbsent(id, new Relationship(resolve(folder, target),
                            type.substring(type.lastIndexOf('/') + 1)));
                }
            }
        }
        return parts;
    }

    /**
     * A relationship's target as a part name of the archive: relative to a folder, or absolute.
     *
     * @param folder the folder of the part the relationship belongs to, ending in {@code /}, or empty for the root
     * @param target the target
     * @return the part's name, without a leading {@code /}
     */
    static String resolve(String folder, String target) {
        List<String> path = new ArrayList<>();
        String full = target.startsWith("/") ? target.substring(1) : folder + target;
        for (String segment : full.split("/")) {
            if (segment.equals("..")) {
                if (!path.isEmpty()) {
                    path.remove(path.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.add(segment);
            }
        }
        return String.join("/", path);
    }

    /**
     * What each cell style's number format shows, by the style's index.
     *
     * @param part the styles' part, or null when the workbook has none
     */
    static NumberFormats.Shown[] styles(ZipFile zip, @Nullable String part) throws RecordException, IOException {
        if (part == null || entry(zip, part) == null) {
            return new NumberFormats.Shown[0];
        }
        Map<Integer, String> codes = new HashMap<>();
        List<NumberFormats.Shown> styles = new ArrayList<>();
        try (XmlPart xml = open(zip, part)) {
            boolean cellStyles = false;
            for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                if (event == XMLStreamConstants.END_ELEMENT && xml.name().equals("cellXfs")) {
                    cellStyles = false;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.name()) {
                        case "numFmt" -> {
                            Integer id = number(xml.attribute("numFmtId"));
                            String code = xml.attribute("formatCode");
                            if (id != null && code != null) {
                                codes.put(id, code);
                            }
                        }
                        case "cellXfs" -> cellStyles = true;
                        case "xf" -> {
                            if (cellStyles) {
                                Integer id = number(xml.attribute("numFmtId"));
                                styles.add(NumberFormats.shown(id, id == null ? null : codes.get(id)));
                            }
                        }
                        default -> { }
                    }
                }
            }
        }
        return styles.toArray(new NumberFormats.Shown[0]);
    }

    private static @Nullable Integer number(@Nullable String id) {
        try {
            return id == null ? null : Integer.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The shared strings, in order: each item's text runs joined, phonetic runs left out; a string
     * longer than a cell may be is kept only up to one character past the limit, enough for the cell
     * that uses it to be refused.
     *
     * @param part      the part, or null when the workbook has none
     * @param maxChars  the longest a cell may be
     * @param directory where the table may keep its strings in a temporary file
     */
    static SharedStrings sharedStrings(ZipFile zip, @Nullable String part, int maxChars, Path directory,
            @Nullable Executor helper) throws RecordException, IOException {
        if (part == null || entry(zip, part) == null) {
            return SharedStrings.none();
        }
        try (XmlPart xml = open(zip, part, helper); SharedStrings.Builder table = new SharedStrings.Builder(directory)) {
            // Each item's text is gathered from the parser's characters and encoded into the table from them.
            Chars item = new Chars();
            boolean inItem = false;
            int phonetic = 0;
            boolean text = false;
            for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        switch (xml.name()) {
                            case "si" -> {
                                item.clear();
                                inItem = true;
                            }
                            case "rPh" -> phonetic++;
                            case "t" -> text = true;
                            default -> { }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        switch (xml.name()) {
                            case "si" -> {
                                if (inItem) {
                                    table.add(item.buffer());
                                }
                                inItem = false;
                            }
                            case "rPh" -> phonetic--;
                            case "t" -> text = false;
                            default -> { }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text && phonetic == 0 && inItem) {
                            xml.appendText(item, maxChars + 1);
                        }
                    }
                    default -> { }
                }
            }
            return table.build();
        }
    }

    /** A part of the archive, in any letter case, read by the XML parser and counted against the guard's limits. */
    static XmlPart open(ZipFile zip, String part) throws RecordException, IOException {
        return open(zip, part, null);
    }

    /** A part, as {@link #open(ZipFile, String)}, inflated ahead on a helper when there is one. */
    private static XmlPart open(ZipFile zip, String part, @Nullable Executor helper) throws RecordException, IOException {
        ZipEntry entry = entry(zip, part);
        if (entry == null) {
            throw new RecordException(RecordException.Reason.UNREADABLE, 0, "it lacks " + part);
        }
        return new XmlPart(inflated(zip, entry, helper), "its part " + part);
    }

    /**
     * A part's inflated bytes, counted against the guard's limits ({@link ZipGuard#counted}) and
     * inflated ahead on a helper when there is one ({@link ReadAhead}).
     *
     * @param helper where the bytes are inflated ahead, or null for the reading thread
     */
    static InputStream inflated(ZipFile zip, ZipEntry entry, @Nullable Executor helper) throws IOException {
        InputStream in = ZipGuard.counted(zip.getInputStream(entry), entry);
        return helper == null ? in : new ReadAhead(in, helper);
    }
}
