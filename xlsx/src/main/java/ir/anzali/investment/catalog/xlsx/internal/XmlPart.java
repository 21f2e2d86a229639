package ir.anzali.investment.catalog.xlsx.internal;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;
import org.jspecify.annotations.Nullable;

/**
 * One XML part of a workbook read by a conforming streaming parser (Aalto's StAX): comments,
 * processing instructions, CDATA sections, character references, the declared encoding and
 * namespace prefixes are read as XML means them. A document type is refused wherever it is and
 * whatever the encoding, so that no entity expands. Whatever goes wrong is a {@link RecordException}
 * that names the part and the line in the library's words, never the parser's exception. Not
 * thread-safe.
 */
final class XmlPart implements AutoCloseable {

    private static final XMLInputFactory FACTORY = factory();
    private static final String DOCUMENT_TYPE = " declares a document type, which workbooks never do";

    private final InputStream in;
    private final String what;
    private final XMLStreamReader2 xml;

    /**
     * Opens a part.
     *
     * @param in   its inflated bytes, closed with it, or at once when it cannot be begun
     * @param what how a message names it, such as {@code the sheet opportunities}
     */
    XmlPart(InputStream in, String what) throws RecordException {
        this.in = in;
        this.what = what;
        try {
            this.xml = (XMLStreamReader2) FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException | UncheckedStreamException e) {
            RecordException failure = damaged(what, null, e);
            try {
                in.close();
            } catch (IOException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /**
     * Reads a part's prolog, up to its root element, and refuses a document type there. A part that
     * is no XML passes: it is refused where it is read, if it is.
     *
     * @param in   the part's bytes; left open, read a little past the root element's start
     * @param what how a message names it
     * @return true when the prolog was read, false when the part is no XML
     * @throws RecordException when the part declares a document type
     */
    static boolean refuseDocumentType(InputStream in, String what) throws RecordException {
        try {
            XMLStreamReader prolog = FACTORY.createXMLStreamReader(in);
            while (prolog.hasNext()) {
                int event = prolog.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new RecordException(RecordException.Reason.UNREADABLE, 0, what + DOCUMENT_TYPE);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
            }
            return true;
        } catch (XMLStreamException | UncheckedStreamException e) {
            // Not XML: a part the library reads is refused where it is read, with what is wrong.
            return false;
        }
    }

    /**
     * The next event, {@link XMLStreamConstants#END_DOCUMENT} at the end.
     *
     * @throws RecordException when the XML is damaged or declares a document type
     */
    int next() throws RecordException {
        try {
            if (!xml.hasNext()) {
                return XMLStreamConstants.END_DOCUMENT;
            }
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new RecordException(RecordException.Reason.UNREADABLE, 0,
                        what + DOCUMENT_TYPE);
            }
            return event;
        } catch (XMLStreamException | UncheckedStreamException e) {
            throw damaged(what, location(), e);
        }
    }

    /**
     * Reads up to the next start of an element.
     *
     * @return its local name, or null at the end of the part
     */
    @Nullable String nextElement() throws RecordException {
        for (int event = next(); event != XMLStreamConstants.END_DOCUMENT; event = next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                return xml.getLocalName();
            }
        }
        return null;
    }

    /** The local name of the element at hand. */
    String name() {
        return xml.getLocalName();
    }

    /**
     * An attribute of the element at hand, in no namespace.
     *
     * @return its value, or null when the element lacks it
     */
    @Nullable String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    /** How many attributes the element at hand has. */
    int attributes() {
        return xml.getAttributeCount();
    }

    /**
     * The local name of an attribute of the element at hand in no namespace, for comparing with
     * {@code ==} to a name the parser shares (its names are interned).
     *
     * @param index the attribute's index, below {@link #attributes()}
     * @return its local name, or null when it is in a namespace
     */
    @Nullable String attributeName(int index) {
        String namespace = xml.getAttributeNamespace(index);
        return namespace == null || namespace.isEmpty() ? xml.getAttributeLocalName(index) : null;
    }

    /**
     * Hands an attribute's value, without white space at its ends, to a decoder as the characters
     * the parser holds, so that no string is made of it.
     *
     * @param index   the attribute's index, below {@link #attributes()}
     * @param decoder receives the characters
     */
    void attribute(int index, TypedValueDecoder decoder) throws RecordException {
        try {
            xml.getAttributeAs(index, decoder);
        } catch (XMLStreamException | UncheckedStreamException e) {
            throw damaged(what, location(), e);
        }
    }

    /**
     * An attribute's value as written.
     *
     * @param index the attribute's index, below {@link #attributes()}
     * @return its value
     */
    String attributeValue(int index) {
        return xml.getAttributeValue(index);
    }

    /**
     * An attribute of the element at hand in any namespace but none, such as {@code r:id}.
     *
     * @return its value, or null when the element lacks it
     */
    @Nullable String qualifiedAttribute(String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if (namespace != null && !namespace.isEmpty() && xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * The text of the event at hand, which the parser reads only now.
     *
     * @throws RecordException when the text is damaged
     */
    String text() throws RecordException {
        try {
            return xml.getText();
        } catch (UncheckedStreamException e) {
            throw damaged(what, location(), e);
        }
    }

    /**
     * Appends the text of the event at hand to a buffer, as much of it as keeps the buffer within a
     * length, from the parser's characters without a string between.
     *
     * @param to  the buffer
     * @param max the most characters the buffer may then hold
     * @return false when some of the text was left out, to keep the buffer within {@code max}
     * @throws RecordException when the text is damaged
     */
    boolean appendText(Chars to, int max) throws RecordException {
        try {
            int length = xml.getTextLength();
            int room = Math.max(0, max - to.length);
            to.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(length, room));
            return length <= room;
        } catch (UncheckedStreamException e) {
            throw damaged(what, location(), e);
        }
    }

    /** The line the parser stands at, or 0. */
    long line() {
        return Math.max(0, xml.getLocation().getLineNumber());
    }

    private @Nullable Location location() {
        try {
            return xml.getLocation();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A failure that names the part and the line, in the library's words. */
    static RecordException damaged(String what, @Nullable Location at, Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause != cause.getCause()) {
            if (cause instanceof ZipGuard.TooLarge large) {
                return large.failure();
            }
            cause = cause.getCause();
        }
        if (cause instanceof ZipGuard.TooLarge large) {
            return large.failure();
        }
        if (cause instanceof ZipException) {
            return new RecordException(RecordException.Reason.UNREADABLE, 0,
                    what + " is damaged: its compressed data cannot be inflated");
        }
        Location where = e instanceof XMLStreamException x && x.getLocation() != null ? x.getLocation() : at;
        int line = where == null ? -1 : where.getLineNumber();
        return new RecordException(RecordException.Reason.UNREADABLE, 0,
                what + " is damaged" + (line > 0 ? " at line " + line : "") + ": " + words(cause));
    }

    /** What the parser found, without its exception's name and its own statement of the place. */
    private static String words(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "its XML cannot be read";
        }
        int place = message.indexOf("\n at [");
        String words = (place >= 0 ? message.substring(0, place) : message).strip();
        if (words.startsWith("ParseError at")) {
            int said = words.indexOf("Message:");
            words = said >= 0 ? words.substring(said + 8).strip() : "its XML cannot be read";
        }
        words = words.replace('\n', ' ');
        return words.length() > 200 ? words.substring(0, 200) + "…" : words;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing a reader releases its buffers only; the stream is closed below.
        } finally {
            in.close();
        }
    }
}
