package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.internal.WorkbookException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a workbook's archive that reading its sheets needs besides what fastexcel-reader
 * gives: where each sheet's XML is, and the shared strings. Read with the JDK's StAX parser, with
 * document types and external entities off. Stateless.
 */
final class Parts {

    private static final XMLInputFactory FACTORY = factory();
    private static final String RELATIONSHIPS = "xl/_rels/workbook.xml.rels";
    private static final String SHARED_STRINGS_TYPE = "/sharedStrings";

    private Parts() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** The workbook's relationships: the part each relationship id names, and the shared strings' part. */
    record Relationships(Map<String, String> parts, @Nullable String sharedStrings) {
    }

    static Relationships relationships(ZipFile zip) throws WorkbookException, IOException {
        Map<String, String> parts = new HashMap<>();
        String shared = null;
        ZipEntry entry = zip.getEntry(RELATIONSHIPS);
        if (entry == null) {
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0, "it lacks " + RELATIONSHIPS);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String id = xml.getAttributeValue(null, "Id");
                    String target = xml.getAttributeValue(null, "Target");
                    String type = xml.getAttributeValue(null, "Type");
                    if (id != null && target != null) {
                        String part = resolve(target);
                        parts.put(id, part);
                        if (type != null && type.endsWith(SHARED_STRINGS_TYPE)) {
                            shared = part;
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0,
                    RELATIONSHIPS + " cannot be read (" + e.getMessage() + ")");
        }
        return new Relationships(parts, shared);
    }

    /** A relationship's target as a part name of the archive: relative to {@code xl/}, or absolute. */
    static String resolve(String target) {
        List<String> path = new ArrayList<>();
        String full = target.startsWith("/") ? target.substring(1) : "xl/" + target;
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
    static String[] sharedStrings(ZipFile zip, @Nullable String part) throws WorkbookException, IOException {
        ZipEntry entry = part == null ? null : zip.getEntry(part);
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
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK, 0,
                    part + " cannot be read (" + e.getMessage() + ")");
        }
        return strings.toArray(new String[0]);
    }
}
