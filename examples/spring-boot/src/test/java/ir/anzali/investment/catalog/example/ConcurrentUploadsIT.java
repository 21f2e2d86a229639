package ir.anzali.investment.catalog.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty uploads of 50 MB at once against the application's own jar, started once as
 * {@code java -Xmx512m -jar target/catalog-example.jar}: every one is answered 200, 413 or 422, the
 * server answers afterwards, and no temporary file is left. The file is written once and streamed
 * from disk by every upload. Prints the statuses, the server's peak resident memory (VmHWM) and the
 * time the uploads took, for the record.
 */
class ConcurrentUploadsIT {

    private static final int UPLOADS = 20;
    private static final long FILE_BYTES = 50L * 1024 * 1024;
    private static final Path EXAMPLES = Path.of("..");
    /**
     * The most opportunities one import takes in, for twenty at once in the 512 MB heap: the default,
     * 65536, is for a 256 MiB heap per import. Each 50 MB file holds about 93,000 rows, so every
     * reading stops at this limit after the whole upload has arrived: the work is bound by the limit,
     * not by the file.
     */
    private static final int MAX_OPPORTUNITIES = 4096;

    @TempDir
    Path folder;

    @Test
    void twenty_concurrent_50_mb_uploads_are_all_answered_200_413_422_or_503_store_busy_in_a_512_mb_heap() throws Exception {
        Path file = folder.resolve("opportunities.csv");
        write50Mb(file);
        Path temporary = Files.createDirectories(folder.resolve("temporary"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = folder.resolve("server.log");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", Path.of("target", "catalog-example.jar").toString(), "--server.port=" + port,
                "--investment-catalog.import.temporary-directory=" + temporary,
                "--investment-catalog.import.max-opportunities=" + MAX_OPPORTUNITIES,
                "--spring.servlet.multipart.location=" + temporary,
                "--spring.datasource.url=jdbc:h2:mem:uploads;DB_CLOSE_DELAY=-1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            URI base = URI.create("http://localhost:" + port);
            assertThat(awaitStart(client, base, server)).as("the server started; its log: %s", log).isTrue();
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                String path = i % 5 == 4 ? "/api/imports" : "/api/imports/validate";
                answers.add(client.sendAsync(new Multipart().part("opportunities", file)
                        .part("incentives", EXAMPLES.resolve("incentives.csv")).post(base.resolve(path))
                        .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString()));
            }
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
            System.out.println("statuses: " + statuses + "; peak resident memory: " + peakRss(server) + "; "
                    + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s");
            // An import waits for the one before it in the store, and past the database's lock timeout is 503 store-busy.
            assertThat(statuses).hasSize(UPLOADS).allMatch(Set.of(200, 413, 422, 503)::contains);
            assertThat(client.send(HttpRequest.newBuilder(base.resolve("/api/opportunities")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            try (Stream<Path> left = Files.walk(temporary)) {
                assertThat(left.filter(Files::isRegularFile)).isEmpty();
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /**
     * The bundled examples' rows as staff save them (Persian digits, toman with scale words, Solar
     * Hijri dates), copied with ids of their own until the file holds 50 MB.
     */
    private static void write50Mb(Path file) throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLES.resolve("opportunities.csv"), StandardCharsets.UTF_8);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
            out.write(lines.get(0) + "\r\n");
            long written = 0;
            for (int copy = 0; written < FILE_BYTES; copy++) {
                for (String row : lines.subList(1, lines.size())) {
                    int comma = row.indexOf(',');
                    String line = row.substring(0, comma) + "-" + copy + row.substring(comma) + "\r\n";
                    out.write(line);
                    written += line.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
    }

    /** Asks until the server answers, or its process has ended; at most 600 attempts. */
    private static boolean awaitStart(HttpClient client, URI base, Process server) throws InterruptedException {
        for (int attempt = 0; attempt < 600 && server.isAlive(); attempt++) {
            try {
                client.send(HttpRequest.newBuilder(base.resolve("/api/opportunities")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return true;
            } catch (ConnectException e) {
                Thread.sleep(200);
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        return false;
    }

    private static String peakRss(Process server) throws IOException {
        Path status = Path.of("/proc", Long.toString(server.pid()), "status");
        if (!Files.exists(status)) {
            return "unknown";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM")).findFirst().orElse("unknown")
                .replaceAll("\\s+", " ");
    }
}
