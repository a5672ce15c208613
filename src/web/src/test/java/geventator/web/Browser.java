package geventator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's chromedriver, both named by path so that Selenium Manager never
 * tries to download a browser or a driver. Outside CI a machine without Chromium skips the browser tests
 * with a message; in CI ({@code CI=true}) it fails them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("GEVENTATOR_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("GEVENTATOR_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path REPORT = Path.of("target", "web-report");
    /** The limit for the first load of any page, all assets included, compressed. */
    static final long WEIGHT_LIMIT = 100 * 1000;

    private static final List<String> FLAGS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            "--disable-dev-shm-usage");

    final ChromeDriver driver;
    final String baseUrl;
    private final Path profile;
    private final List<String> weights = new ArrayList<>();

    private Browser(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    /** Skips (outside CI) or fails (in CI) when this machine has no Chromium. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(present)
                    .as("CI must install chromium and chromium-driver (.ci/run does): " + CHROMIUM + ", "
                            + CHROMEDRIVER)
                    .isTrue();
        }
        String skipped = "Skipping the browser tests: no " + CHROMIUM + " or " + CHROMEDRIVER
                + " here (apt-get install chromium chromium-driver); in CI they fail instead";
        if (!present) {
            System.err.println(skipped);
        }
        Assumptions.assumeTrue(present, skipped);
    }

    static Browser open(String baseUrl, String acceptLanguage) {
        requireChromium();
        try {
            Path profile = Files.createTempDirectory("geventator-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(FLAGS);
            options.addArguments("--user-data-dir=" + profile, "--lang=" + acceptLanguage, "--window-size=1280,900");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Files.createDirectories(REPORT.resolve("screenshots"));
            return new Browser(driver, baseUrl, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date, time or select value the way a picker would, then tells the page it changed. */
    void set(String css, String value) {
        WebElement field = find(css);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        field,
                        value);
    }

    /** Clicks and waits until the next page has replaced this one (a plain POST + redirect or a link). */
    void clickAndWait(String css) {
        WebElement old = find("html");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(old));
        find("body");
    }

    /** True once the element has left the document; Chromium may say so with either of two errors mid-navigation. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException staleOrDetached) {
            return true;
        }
    }

    /** The element's visible text, with no-break spaces (as in "12,50 €") made plain spaces. */
    String text(String css) {
        return find(css).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    String page() {
        return driver.getPageSource();
    }

    /**
     * The checks every page gets: axe-core (vendored, injected here) finds no serious or critical violation,
     * screenshots at 360 and 1280 pixels wide, and the page's first-load weight (compressed bytes of the
     * document and every asset it loaded) recorded.
     */
    void check(String name) {
        List<Map<String, Object>> violations = axe();
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            Object impact = v.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(v.get("id") + " (" + impact + "): " + v.get("help") + " " + v.get("nodes"));
            }
        }
        record(REPORT.resolve("axe.md"), "| " + name + " | " + violations.size() + " | " + serious.size() + " |");
        assertThat(serious).as("axe serious or critical violations on " + name).isEmpty();
        long weight = firstLoadBytes();
        weights.add(name + "=" + weight);
        assertThat(weight).as("first load of " + name + ", compressed bytes").isLessThanOrEqualTo(WEIGHT_LIMIT);
        record(REPORT.resolve("weights.md"), "| " + name + " | " + weight + " |");
        screenshot(name);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> axe() {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        return (List<Map<String, Object>>) result;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compressed size of the document and every resource of this page, as a cold first load would fetch them. */
    long firstLoadBytes() {
        Object total = driver.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                + "let sum = n ? n.encodedBodySize : 0;"
                + "for (const r of performance.getEntriesByType('resource')) { sum += r.encodedBodySize; }"
                + "return sum;");
        return ((Number) total).longValue();
    }

    void screenshot(String name) {
        for (int width : new int[] {360, 1280}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            long height = ((Number)
                            driver.executeScript(
                                    "return Math.min(4000, Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));"))
                    .longValue();
            driver.manage().window().setSize(new Dimension(width, (int) Math.max(600, height + 120)));
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            try {
                Files.write(REPORT.resolve("screenshots").resolve(name + "-" + width + ".png"), png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static synchronized void record(Path file, String line) {
        try {
            Files.writeString(
                    file,
                    line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> weights() {
        return weights;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
