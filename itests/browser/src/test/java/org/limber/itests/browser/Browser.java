package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver. Both paths are given explicitly, so Selenium
 * Manager never downloads anything; a missing binary fails the test with instructions.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final LimberExtension.Limber limber;

    Browser(LimberExtension.Limber limber) throws IOException {
        this.limber = limber;
        Path chromium = Path.of(System.getProperty("limber.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("limber.chromedriver", "/usr/bin/chromedriver"));
        for (Path binary : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(binary)) {
                fail(binary + " is missing or not executable. The browser tests need Debian's headless Chromium:"
                        + " apt-get install -y chromium chromium-driver (or set -Dlimber.chromium / -Dlimber.chromedriver).");
            }
        }
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        Path target = Path.of(System.getProperty("limber.workDir", "target/limber-it")).getParent();
        Path profile = Files.createTempDirectory(Files.createDirectories(target.resolve("chromium-profiles")), "profile-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(target.resolve("chromedriver.log").toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(limber.url(path));
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.substring(limber.baseUri().toString().length() - 1);
    }

    <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return waitFor(what, WAIT, condition);
    }

    <T> T waitFor(String what, Duration timeout, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.withMessage(() -> what + " (page " + driver.getCurrentUrl() + ")");
        wait.ignoring(StaleElementReferenceException.class);
        return wait.until(condition);
    }

    WebElement waitForElement(String what, By by) {
        return waitFor(what, d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Scrolls the element to the middle of the view and clicks it, as a person would (clear of sticky bars). */
    void tap(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        element.click();
    }

    void tap(By by) {
        tap(driver.findElement(by));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Emulates prefers-color-scheme (light or dark). */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** A phone-sized viewport (mobile emulation), or the desktop window when width is 0. */
    void viewport(int width, int height) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
        }
    }

    /** Saves a screenshot of the whole page (up to 6000 CSS pixels tall) under target/screenshots/. */
    Path screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("limber.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        @SuppressWarnings("unchecked")
        Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
        double width = ((Number) viewport.get("clientWidth")).doubleValue();
        double height = Math.min(6000, Math.max(((Number) content.get("height")).doubleValue(),
                ((Number) viewport.get("clientHeight")).doubleValue()));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path file = dir.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    /** Severe console messages since the last call (CSP violations, failed scripts, uncaught errors). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
