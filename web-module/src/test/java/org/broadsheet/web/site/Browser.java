package org.broadsheet.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headless Debian Chromium driven through the local chromedriver (Selenium Manager never runs), with the checks
 * every step of a journey makes: no console errors, no failed requests, no sideways scrolling on a phone, and a
 * full-page screenshot under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("broadsheet.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("broadsheet.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final String baseUrl;
    private String journey;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> requestUrls = new java.util.HashMap<>();
    private int step;
    private int width;
    private int height;

    private Browser(String baseUrl, String journey, int width, int height) throws IOException {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        this.baseUrl = baseUrl;
        this.journey = journey;
        this.profile = Files.createTempDirectory("broadsheet-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        viewport(width, height);
    }

    /** A phone: 375 by 812 CSS pixels, touch and the mobile viewport rules. */
    static Browser phone(String baseUrl, String journey) throws IOException {
        return new Browser(baseUrl, journey, 375, 812);
    }

    /** A laptop screen, 1280 by 900. */
    static Browser desktop(String baseUrl, String journey) throws IOException {
        return new Browser(baseUrl, journey, 1280, 900);
    }

    private static void requireExecutable(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            fail("The browser journeys need " + path + " (Debian package '" + debianPackage + "'); "
                    + "install it with: apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
    }

    private void viewport(int width, int height) {
        this.width = width;
        this.height = height;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Names the screenshots of the steps that follow after another journey, counting its steps from 1 again. */
    void startJourney(String name) {
        this.journey = name;
        this.step = 0;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the site and waits for the page to load. */
    Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks and waits for the next page to replace this one. */
    void clickAndWaitForNavigation(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(html));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.apply(driver));
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    String text() {
        return find("body").getText();
    }

    /** The whole document as the browser holds it now (not only what is visible). */
    String dom() {
        return (String) driver.executeScript("return document.documentElement.outerHTML");
    }

    /**
     * The checks of every step: nothing sideways-scrolls at phone width, the console has no errors and no request
     * failed since the last step; then a full-page screenshot named after the step.
     */
    void check(String name) throws IOException {
        // A phone zooms out a page that is too wide, so innerWidth can grow with it: compare with the device width too.
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number innerWidth = (Number) driver.executeScript("return window.innerWidth");
        assertThat(scrollWidth.intValue()).as("page width of %s at %d px", path(), width)
                .isLessThanOrEqualTo(innerWidth.intValue())
                .isLessThanOrEqualTo(width);
        List<String> consoleErrors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(consoleErrors).as("console errors on %s", path()).isEmpty();
        assertThat(failedRequests()).as("failed requests up to %s", path()).isEmpty();
        screenshot(name);
    }

    /** Requests of the site's pages that failed or answered 4xx/5xx (the browser's own background requests aside). */
    private List<String> failedRequests() {
        List<String> failed = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asString("");
            JsonNode params = message.path("params");
            if (method.equals("Network.requestWillBeSent")) {
                requestUrls.put(params.path("requestId").asString(""), params.path("request").path("url").asString(""));
            } else if (method.equals("Network.responseReceived")) {
                int status = params.path("response").path("status").asInt();
                String url = params.path("response").path("url").asString("");
                if (status >= 400 && url.startsWith(baseUrl)) {
                    failed.add(status + " " + url);
                }
            } else if (method.equals("Network.loadingFailed") && !params.path("canceled").asBoolean(false)) {
                String url = requestUrls.getOrDefault(params.path("requestId").asString(""), "");
                if (url.startsWith(baseUrl)) {
                    failed.add(params.path("errorText").asString("") + " " + url);
                }
            }
        }
        return failed;
    }

    /** Saves a PNG of the whole page, beyond the viewport, as {@code <journey>-<nn>-<name>.png}. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Number pageHeight = (Number) driver.executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width,
                        "height", Math.max(height, pageHeight.intValue()), "scale", 1)));
        Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", journey, ++step, name));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.close();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
