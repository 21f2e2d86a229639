package ir.anzali.investment.catalog.html;

import ir.anzali.investment.catalog.internal.Resources;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The frame every page shares: a self-contained HTML document in UTF-8 whose Content-Security-Policy
 * lets no request leave it and runs no script, with its style inline and its language and direction
 * set. Stateless.
 */
final class Page {

    /** Nothing may be fetched, framed, submitted or run; only the page's own inline style applies. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private static final String STYLE = Resources.text(Page.class.getResourceAsStream("page.css"), "page.css");

    private Page() {
    }

    /** A writer of UTF-8 to the stream, which is flushed and never closed by the page. */
    static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Everything up to and including the opening of the body. */
    static void start(Html h, Texts t, String title) throws IOException {
        h.markup("<!DOCTYPE html>\n").open("html", "lang", t.lang(), "dir", t.dir()).markup("\n<head>\n")
                .markup("<meta charset=\"utf-8\">\n")
                .open("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY)
                .markup("\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .markup("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .textElement("title", title).markup("\n<style>\n").markup(STYLE).markup("</style>\n</head>\n<body>\n");
    }

    /** The closing of the body and the document. */
    static void end(Html h, Writer w) throws IOException {
        h.markup("</body>\n</html>\n");
        w.flush();
    }
}
