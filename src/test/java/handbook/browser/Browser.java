package handbook.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * One headless Debian Chromium for the whole suite, driven by Debian's chromedriver (given explicitly, so Selenium
 * Manager never goes to the network). Every host but 127.0.0.1 resolves to nothing: the tests cannot reach out.
 * Console messages are collected through the classic browser log (no CDP: it is tied to browser versions).
 */
public final class Browser implements AutoCloseable {
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ServedSite site;
    private final ChromeDriver driver;
    private final List<String> allowedErrors = new ArrayList<>();
    private final List<String> seenErrors = new ArrayList<>();

    private Browser(ServedSite site, ChromeDriver driver) {
        this.site = site;
        this.driver = driver;
    }

    public static Browser start(ServedSite site) {
        Path profile = Path.of("target", "chromium-profile").toAbsolutePath();
        deleteTree(profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--force-device-scale-factor=1", "--lang=en-US", "--hide-scrollbars",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        return new Browser(site, driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public ServedSite site() {
        return site;
    }

    /** Opens a site-relative URL and waits for the load event (deferred scripts have run by then). */
    public void open(String siteRelative) {
        driver.get(site.url(siteRelative));
    }

    /** The current URL, relative to the site root ("big-data/index.html#x"). */
    public String location() {
        return site.relative(driver.getCurrentUrl());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    @SuppressWarnings("unchecked")
    public <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT, POLL).until(condition);
    }

    /** Waits until a script returns a truthy value. */
    public void waitForScript(String script, Object... args) {
        new WebDriverWait(driver, WAIT, POLL).withMessage(() -> "waiting for: " + script)
                .until(d -> {
                    Object v = ((JavascriptExecutor) d).executeScript(script, args);
                    return v != null && !Boolean.FALSE.equals(v) ? v : null;
                });
    }

    /** Resizes the window so that the page's viewport is exactly {@code size} (CSS pixels). */
    public void viewport(Dimension size) {
        long before = ((Number) js("return window.innerWidth")).longValue();
        driver.manage().window().setSize(size);
        if (before != size.width) {
            // The inner size catches up with a resize a little later: read it only once it has changed, or the
            // correction below is computed from the old size (it once gave a negative width).
            try {
                new WebDriverWait(driver, java.time.Duration.ofSeconds(3), POLL)
                        .until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).longValue() != before);
            } catch (org.openqa.selenium.TimeoutException e) {
                // the window may already have had this outer size: the check below corrects it
            }
        }
        long w = ((Number) js("return window.innerWidth")).longValue();
        long h = ((Number) js("return window.innerHeight")).longValue();
        if (w != size.width || h != size.height) {
            driver.manage().window().setSize(new Dimension(Math.max(200, 2 * size.width - (int) w), Math.max(200, 2 * size.height - (int) h)));
        }
    }

    /** The reader's remembered theme ("light" or "dark"), or none; takes effect on the next page load. */
    public void rememberTheme(String theme) {
        if (theme == null) {
            js("localStorage.removeItem('handbook-theme')");
        } else {
            js("localStorage.setItem('handbook-theme', arguments[0])", theme);
        }
    }

    /** A console error the current test provokes on purpose (e.g. the 404 status of a missing page). */
    public void allowConsoleError(String fragment) {
        allowedErrors.add(fragment);
    }

    /** Takes the SEVERE console messages logged since the last call, except the allowed ones. */
    public List<String> takeConsoleErrors() {
        List<String> errors = new ArrayList<>(seenErrors);
        seenErrors.clear();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()
                    && allowedErrors.stream().noneMatch(a -> e.getMessage().contains(a))) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    /** Back to a known state between tests: desktop size, no remembered theme, no allowed errors. */
    void reset() {
        takeConsoleErrors();
        allowedErrors.clear();
        if (driver.getCurrentUrl().startsWith(site.origin())) {
            js("localStorage.clear()");
        }
        viewport(DESKTOP);
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
