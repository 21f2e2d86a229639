package ir.anzali.investment.catalog.example;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A multipart/form-data request body of file parts, as a browser's form sends it. */
final class Multipart {

    private static final String BOUNDARY = "----catalog-test-boundary-7d1e";

    private final List<HttpRequest.BodyPublisher> parts = new ArrayList<>();

    Multipart part(String name, String fileName, byte[] content) {
        parts.add(HttpRequest.BodyPublishers.ofByteArray(head(name, fileName)));
        parts.add(HttpRequest.BodyPublishers.ofByteArray(content));
        parts.add(HttpRequest.BodyPublishers.ofByteArray("\r\n".getBytes(StandardCharsets.US_ASCII)));
        return this;
    }

    Multipart part(String name, Path file) throws java.io.IOException {
        parts.add(HttpRequest.BodyPublishers.ofByteArray(head(name, file.getFileName().toString())));
        parts.add(HttpRequest.BodyPublishers.ofFile(file));
        parts.add(HttpRequest.BodyPublishers.ofByteArray("\r\n".getBytes(StandardCharsets.US_ASCII)));
        return this;
    }

    /** A form field, a part without a file name, as {@code curl -F name=value} sends it. */
    Multipart field(String name, String value) {
        parts.add(HttpRequest.BodyPublishers.ofByteArray(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    HttpRequest.Builder post(URI uri) {
        List<HttpRequest.BodyPublisher> all = new ArrayList<>(parts);
        all.add(HttpRequest.BodyPublishers.ofByteArray(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII)));
        return HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.concat(all.toArray(HttpRequest.BodyPublisher[]::new)));
    }

    private static byte[] head(String name, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
