package ir.anzali.investment.catalog.html;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * Writes markup. Tags and attribute names are the page's own constants; every text and attribute
 * value goes through the OWASP encoder for its context, so nothing from a file can become markup.
 * Invisible format and control characters in a value are shown as {@code ⟨U+202E⟩} marks, so that
 * a bidi control can neither hide itself nor reorder the page. Not thread-safe.
 */
final class Html {

    /** The zero-width non-joiner, the Persian half-space: part of normal Persian writing. */
    private static final char ZWNJ = '\u200C';

    private final Writer out;

    Html(Writer out) {
        this.out = out;
    }

    /** Markup of the page itself, never text from outside. */
    Html markup(String constant) throws IOException {
        out.write(constant);
        return this;
    }

    /** An opening tag; attributes as name, value pairs, the values escaped. */
    Html open(String tag, String... attributes) throws IOException {
        out.write('<');
        out.write(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.write(' ');
            out.write(attributes[i]);
            out.write("=\"");
            out.write(Encode.forHtmlAttribute(attributes[i + 1]));
            out.write('"');
        }
        out.write('>');
        return this;
    }

    /** A closing tag. */
    Html close(String tag) throws IOException {
        out.write("</");
        out.write(tag);
        out.write('>');
        return this;
    }

    /** An element holding text. */
    Html element(String tag, String text, String... attributes) throws IOException {
        return open(tag, attributes).text(text).close(tag);
    }

    /**
     * An element that holds text only, such as a page's {@code <title>} or a label inside SVG, where
     * markup is not shown: invisible characters are marked by text alone.
     */
    Html textElement(String tag, String text, String... attributes) throws IOException {
        return open(tag, attributes).marked(text, false).close(tag);
    }

    /** Text, escaped, with invisible characters shown as marks. */
    Html text(String text) throws IOException {
        return marked(text, true);
    }

    /** Text, escaped, with invisible characters shown as {@code ⟨U+202E⟩}, styled when {@code styled}. */
    private Html marked(String text, boolean styled) throws IOException {
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (invisible(cp)) {
                out.write(Encode.forHtmlContent(text.substring(start, i)));
                out.write(styled ? "<span class=\"mark\">" : "");
                out.write(String.format(Locale.ROOT, "⟨U+%04X⟩", cp));
                out.write(styled ? "</span>" : "");
                start = next;
            }
            i = next;
        }
        out.write(Encode.forHtmlContent(text.substring(start)));
        return this;
    }

    /**
     * A value from a file: isolated from the text around it, so that right-to-left and left-to-right
     * runs keep their order, with invisible characters shown.
     */
    Html value(String text) throws IOException {
        return open("bdi", "class", "value").text(text).close("bdi");
    }

    private static boolean invisible(int cp) {
        if (cp == ZWNJ || cp == '\n') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
