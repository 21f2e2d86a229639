package ir.anzali.investment.catalog.html;

import static ir.anzali.investment.catalog.html.Pages.FA;
import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens the pages in headless Chromium, at the width of an A4 page, with the system's own
 * chromedriver (Debian packages {@code chromium} and {@code chromium-driver}; {@code CHROME_BIN}
 * and {@code CHROMEDRIVER} name others). Skipped, with the reason printed, where there is no
 * browser. Saves a screenshot of each page in {@code target/screenshots}, or in the folder the
 * system property {@code screenshots} names.
 */
class BrowserTest {

    /** The width of an A4 page at 96 dots per inch. */
    private static final int A4_WIDTH = 794;
    private static final int A4_HEIGHT = 1123;

    private static ChromeDriver browser;
    private static Path pages;

    @BeforeAll
    static void open() throws IOException {
        Optional<Path> chromium = find("CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = find("CHROMEDRIVER", "chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            System.err.println("BrowserTest skipped: no Chromium or chromedriver here; install the Debian packages"
                    + " chromium and chromium-driver to run it.");
        }
        Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
                "no Chromium or chromedriver; install the Debian packages chromium and chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--hide-scrollbars", "--window-size=" + A4_WIDTH + "," + A4_HEIGHT, "--lang=fa");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        pages = Files.createDirectories(Path.of("target", "pages"));
        Catalog catalog = Pages.examples();
        write("report-fa.html", Pages.report(FA, Pages.reports(FA, Pages.mistakes(), Pages.examples("incentives.csv"))));
        write("report-en.html", Pages.report(Locale.ENGLISH,
                Pages.reports(Locale.ENGLISH, Pages.mistakes(), Pages.examples("incentives.csv"))));
        write("dashboard-fa.html", Pages.dashboard(FA, catalog));
        write("dashboard-en.html", Pages.dashboard(Locale.ENGLISH, catalog));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void write(String name, String html) throws IOException {
        Files.writeString(pages.resolve(name), html, StandardCharsets.UTF_8);
    }

    /** A program named by an environment variable, or found on the path. */
    private static Optional<Path> find(String variable, String... names) {
        String named = System.getenv(variable);
        if (named != null && Files.isExecutable(Path.of(named))) {
            return Optional.of(Path.of(named));
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator)).flatMap(dir -> Stream.of(names).map(n -> Path.of(dir, n)))
                .filter(Files::isExecutable).findFirst();
    }

    /** Opens a page and checks what every page must hold in a real browser; saves its screenshot. */
    private static void load(String name, String direction) throws IOException {
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(pages.resolve(name).toAbsolutePath().toUri().toString());
        // Give the browser the time it takes to report a violation (see the test of the policy).
        List<LogEntry> errors = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).forEach(errors::add);
            sleep(100);
        }
        assertThat(errors).as(name + ": console").isEmpty();
        assertThat((Long) browser.executeScript("return performance.getEntriesByType('resource').length"))
                .as(name + ": requests").isZero();
        assertThat(browser.executeScript("return document.documentElement.dir")).isEqualTo(direction);
        assertThat(browser.executeScript("return getComputedStyle(document.body).direction")).isEqualTo(direction);
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
        long content = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(viewport).isLessThanOrEqualTo(A4_WIDTH);
        assertThat(content).as(name + ": horizontal overflow").isLessThanOrEqualTo(viewport);

        screenshot(name.replace(".html", ".png"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("screenshots", "target/screenshots")));
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void persianReportOpensRightToLeftWithinA4() throws IOException {
        load("report-fa.html", "rtl");

        assertThat((Long) browser.executeScript("return document.querySelectorAll('section.row').length")).isEqualTo(4);
        assertThat(browser.executeScript(
                "return getComputedStyle(document.querySelector('tr.faulty td.cell')).outlineStyle")).isEqualTo("solid");
        browser.executeScript("document.querySelector('section.row').scrollIntoView()");
        screenshot("report-fa-row.png");
    }

    @Test
    void englishReportOpensLeftToRightWithinA4() throws IOException {
        load("report-en.html", "ltr");
    }

    @Test
    void persianDashboardDrawsBarsProportionalToTheirNumbers() throws IOException {
        load("dashboard-fa.html", "rtl");
        checkBars();
        browser.executeScript("document.getElementById('statuses').scrollIntoView()");
        screenshot("dashboard-fa-more.png");
    }

    @Test
    void englishDashboardDrawsBarsProportionalToTheirNumbers() throws IOException {
        load("dashboard-en.html", "ltr");
        checkBars();
    }

    @Test
    void theContentSecurityPolicyBlocksARequestAndTheConsoleSaysSo() throws IOException, InterruptedException {
        java.io.StringWriter out = new java.io.StringWriter();
        Html h = new Html(out);
        Page.start(h, new Texts(Locale.ENGLISH), "blocked");
        h.markup("<img src=\"https://example.org/tracker.png\" alt=\"\">");
        Page.end(h, out);
        write("blocked.html", out.toString());
        browser.manage().logs().get(LogType.BROWSER);

        browser.get(pages.resolve("blocked.html").toAbsolutePath().toUri().toString());

        // The browser reports the violation on its own time: wait for it, up to ten seconds.
        List<String> messages = new ArrayList<>();
        for (long until = System.nanoTime() + 10_000_000_000L; System.nanoTime() < until;) {
            browser.manage().logs().get(LogType.BROWSER).getAll().forEach(e -> messages.add(e.getMessage()));
            if (messages.stream().anyMatch(m -> m.contains("Content Security Policy"))) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(messages).anyMatch(m -> m.contains("Content Security Policy"));
    }

    /** On screen, each chart's bars are as long as their numbers say, on the chart's one scale. */
    @SuppressWarnings("unchecked")
    private static void checkBars() {
        List<List<Map<String, Object>>> charts = (List<List<Map<String, Object>>>) browser.executeScript(
                "return [...document.querySelectorAll('svg.chart')].map(svg => [...svg.querySelectorAll('rect.bar')]"
                        + ".map(r => ({value: Number(r.dataset.value), width: r.getBoundingClientRect().width,"
                        + " right: r.getBoundingClientRect().right, left: r.getBoundingClientRect().left})))");
        assertThat(charts).hasSize(7);
        for (List<Map<String, Object>> bars : charts) {
            double max = bars.stream().mapToDouble(b -> ((Number) b.get("value")).doubleValue()).max().orElseThrow();
            double longest = bars.stream().mapToDouble(b -> ((Number) b.get("width")).doubleValue()).max().orElseThrow();
            assertThat(bars).isNotEmpty();
            if (max == 0) {
                assertThat(longest).isZero();
                continue;
            }
            assertThat(longest).isGreaterThan(100);
            for (Map<String, Object> bar : bars) {
                double value = ((Number) bar.get("value")).doubleValue();
                double width = ((Number) bar.get("width")).doubleValue();
                assertThat(width).as("bar of " + value).isCloseTo(longest * value / max,
                        org.assertj.core.api.Assertions.within(0.5));
            }
        }
    }
}
