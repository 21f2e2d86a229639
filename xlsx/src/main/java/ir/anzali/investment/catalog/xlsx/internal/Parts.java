package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.internal.WorkbookException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a workbook's archive that reading its sheets needs: the workbook part, found through
 * the package's relationships ({@code _rels/.rels}) as Transitional and Strict OOXML name it, with
 * its sheets and date system; where each sheet's XML is; the number formats of the styles; and the
 * shared strings. Part names are looked up in any letter case, as the Open Packaging Conventions
 * compare them. Read with the JDK's StAX parser, with document types and external entities off.
 * Not thread-safe: one per open workbook.
 */
final class Parts {

    private static final XMLInputFactory FACTORY = factory();
    private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
    /** Where every writer puts the workbook part, looked at when the package names none. */
    private static final String USUAL_WORKBOOK = "xl/workbook.xml";

    private final ZipFile zip;

    /**
     * The parts of an archive.
     *
     * @param zip the archive, checked by {@link ZipGuard}
     */
    Parts(ZipFile zip) {
        this.zip = zip;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * A part by its name, in any letter case: the archive's entry of that very name, or else the
     * first whose name differs only in case (looked for only then, so that no index of a hostile
     * archive's entries is kept).
     *
     * @param part the name, with or without a leading {@code /}
     * @return the entry, or null when the archive has none of that name
     */
    @Nullable ZipEntry entry(@Nullable String part) {
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
     * A sheet of the workbook.
     *
     * @param name    its name
     * @param visible whether it is neither hidden nor very hidden
     * @param part    the part of its XML, or null when its relationship names none
     */
    record Sheet(String name, boolean visible, @Nullable String part) {
    }

    /**
     * What the workbook part and its relationships say.
     *
     * @param sheets        the sheets, in the workbook's order
     * @param date1904      whether dates count from 1904
     * @param formats       each cell style's number format id, as written, null when it has none
     * @param codes         the format code of each custom number format id
     * @param sharedStrings the shared strings' part, or null
     */
    record Book(List<Sheet> sheets, boolean date1904, List<@Nullable String> formats, Map<String, String> codes,
            @Nullable String sharedStrings) {
    }

    /**
     * Reads the workbook part and what it relates to.
     *
     * @return the workbook, never null
     * @throws WorkbookException when the archive holds no workbook part or it cannot be read
     * @throws IOException       when the file cannot be read
     */
    Book book() throws WorkbookException, IOException {
        String workbook = related("", PACKAGE_RELATIONSHIPS).get("officeDocument");
        if (workbook == null || entry(workbook) == null) {
            workbook = USUAL_WORKBOOK;
        }
        if (entry(workbook) == null) {
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0,
                    "it is a zip archive without a workbook (" + USUAL_WORKBOOK + ")");
        }
        String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        String rels = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
        Map<String, String> targets = new HashMap<>();
        Map<String, String> byType = related(folder, rels, targets);
        List<Sheet> sheets = new ArrayList<>();
        boolean[] date1904 = {false};
        read(workbook, xml -> {
            if (xml.getLocalName().equals("sheet")) {
                String name = xml.getAttributeValue(null, "name");
                if (name == null) {
                    throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0,
                            "its workbook part lists a sheet without a name");
                }
                String state = xml.getAttributeValue(null, "state");
                String id = relationshipId(xml);
                sheets.add(new Sheet(name, state == null || state.equals("visible"), id == null ? null : targets.get(id)));
            } else if (xml.getLocalName().equals("workbookPr")) {
                String value = xml.getAttributeValue(null, "date1904");
                date1904[0] = value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
            }
        });
        List<@Nullable String> formats = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        styles(byType.get("styles"), formats, codes);
        return new Book(List.copyOf(sheets), date1904[0], formats, codes, byType.get("sharedStrings"));
    }

    /** The relationship id of a start tag: its {@code id} attribute in the relationships namespace, either one. */
    private static @Nullable String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i);
            if (xml.getAttributeLocalName(i).equals("id") && ns != null && ns.endsWith("relationships")) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The number format of each cell style ({@code cellXfs}) and the custom formats' codes; none without styles. */
    private void styles(@Nullable String part, List<@Nullable String> formats, Map<String, String> codes)
            throws WorkbookException, IOException {
        if (entry(part) == null) {
            return;
        }
        int[] depth = {0};
        read(Objects.requireNonNull(part), new Element() {
            @Override
            public void start(XMLStreamReader xml) {
                switch (xml.getLocalName()) {
                    case "cellXfs" -> depth[0]++;
                    case "xf" -> {
                        if (depth[0] > 0) {
                            String id = xml.getAttributeValue(null, "numFmtId");
                            formats.add(id == null ? null : id.strip());
                        }
                    }
                    case "numFmt" -> {
                        String id = xml.getAttributeValue(null, "numFmtId");
                        String code = xml.getAttributeValue(null, "formatCode");
                        if (id != null && code != null) {
                            codes.put(id.strip(), code);
                        }
                    }
                    default -> { }
                }
            }

            @Override
            public void end(XMLStreamReader xml) {
                if (xml.getLocalName().equals("cellXfs")) {
                    depth[0]--;
                }
            }
        });
    }

    /** The target of each relationship type of a relationships part, by the type's last word; empty without the part. */
    private Map<String, String> related(String folder, String rels) throws WorkbookException, IOException {
        return related(folder, rels, new HashMap<>());
    }

    /**
     * Reads a relationships part: the first internal target of each type, by the type's last word
     * ({@code officeDocument}, {@code styles}, {@code sharedStrings}) — Transitional and Strict
     * types end alike — and each relationship's target by its id, resolved against the folder of
     * the part the relationships belong to.
     */
    private Map<String, String> related(String folder, String rels, Map<String, String> byId)
            throws WorkbookException, IOException {
        Map<String, String> byType = new HashMap<>();
        if (entry(rels) == null) {
            return byType;
        }
        read(rels, xml -> {
            if (xml.getLocalName().equals("Relationship")
                    && !"External".equalsIgnoreCase(xml.getAttributeValue(null, "TargetMode"))) {
                String id = xml.getAttributeValue(null, "Id");
                String target = xml.getAttributeValue(null, "Target");
                String type = xml.getAttributeValue(null, "Type");
                if (target != null) {
                    String part = resolve(folder, target);
                    if (id != null) {
                        byId.putIfAbsent(id, part);
                    }
                    if (type != null) {
                        byType.putIfAbsent(type.substring(type.lastIndexOf('/') + 1), part);
                    }
                }
            }
        });
        return byType;
    }

    /** Receives the start tags of a part's elements, and their end tags when it asks. */
    @FunctionalInterface
    private interface Element {
        void start(XMLStreamReader xml) throws WorkbookException;

        default void end(XMLStreamReader xml) {
        }
    }

    /** Reads a part's elements; XML that cannot be read is a damaged workbook, told in the library's own words. */
    private void read(String part, Element element) throws WorkbookException, IOException {
        ZipEntry entry = Objects.requireNonNull(entry(part));
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element.start(xml);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    element.end(xml);
                }
            }
        } catch (XMLStreamException e) {
            throw unreadable(part, e);
        }
    }

    /** A part whose XML cannot be read, with where the parser stopped but never its words. */
    private static WorkbookException unreadable(String part, XMLStreamException e) {
        var at = e.getLocation();
        return new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0, part + " is not well-formed XML"
                + (at == null || at.getLineNumber() < 0 ? "" : " (line " + at.getLineNumber() + ", column "
                + at.getColumnNumber() + ")"));
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
     * The shared strings, in order: each item's text runs joined, phonetic runs left out.
     *
     * @param part the part, or null when the workbook has none
     */
    String[] sharedStrings(@Nullable String part) throws WorkbookException, IOException {
        ZipEntry entry = entry(part);
        if (entry == null) {
            return new String[0];
        }
        List<String> strings = new ArrayList<>();
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            StringBuilder item = null;
            int phonetic = 0;
            boolean text = false;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = xml.getLocalName();
                        if (name.equals("si")) {
                            item = new StringBuilder();
                        } else if (name.equals("rPh")) {
                            phonetic++;
                        } else if (name.equals("t")) {
                            text = true;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = xml.getLocalName();
                        if (name.equals("si") && item != null) {
                            strings.add(item.toString());
                            item = null;
                        } else if (name.equals("rPh")) {
                            phonetic--;
                        } else if (name.equals("t")) {
                            text = false;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text && phonetic == 0 && item != null) {
                            item.append(xml.getText());
                        }
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw unreadable(String.valueOf(part), e);
        }
        return strings.toArray(new String[0]);
    }
}
