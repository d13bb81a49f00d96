package handbook.browser;

import handbook.examples.PsqlTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runnable SQL (issue #18) in Chromium, on the built handbook: nothing of PGlite is requested before the first Run;
 * Run shows the table the chapter prints; Edit + Run shows the changed result; a syntax error shows PostgreSQL's
 * message; Reset restores the listing; a challenge's hidden solution runs once revealed; the bar fits a phone.
 */
@ExtendWith(HandbookSite.class)
class SqlRunnerIT {
    /** PostgreSQL's first start in the browser (download, compile, initdb) on a busy 2-core machine. */
    private static final Duration FIRST_RUN = Duration.ofSeconds(150);
    private static final String CHAPTER = "core/advanced-sql.html";

    private final Browser browser;

    SqlRunnerIT(Browser browser) {
        this.browser = browser;
    }

    @Test
    void runEditErrorAndResetOnAChapterListing() {
        browser.open(CHAPTER);
        browser.waitForScript("return document.querySelector('.sql-run') !== null");
        List<String> before = resourceNames();
        assertTrue(before.stream().anyMatch(n -> n.endsWith("js/runner/runner.js")), "the runner's module loads: " + before);
        assertTrue(before.stream().noneMatch(n -> n.contains("/pglite/") || n.contains("runner-worker")
                || n.contains("/runner/core/")), "nothing of PGlite before the first Run: " + before);

        WebElement block = browser.find(".listingblock.check-result[data-sql-listing]");
        String expected = expectedTableAfter(block);
        block.findElement(By.cssSelector(".sql-run")).click();
        String status = block.findElement(By.cssSelector(".sql-status")).getText();
        assertTrue(status.startsWith("Downloading PostgreSQL (about ") && status.contains(" MB)"), status);
        String output = waitForOutput(block, FIRST_RUN);
        assertEquals(PsqlTable.parse(expected.lines().toList()), lastTable(output), output);
        browser.js("arguments[0].scrollIntoView({block: 'start'})", block);
        browser.screenshot(java.nio.file.Path.of("target", "screenshots", "sql-runner-desktop-result.png"));
        assertTrue(block.findElement(By.cssSelector(".sql-status")).getText().matches("\\d+ rows? · \\d+ ms"),
                block.findElement(By.cssSelector(".sql-status")).getText());

        block.findElement(By.cssSelector(".sql-edit")).click();
        WebElement editor = block.findElement(By.cssSelector("textarea.sql-editor"));
        assertFalse(block.findElement(By.cssSelector(".content pre")).isDisplayed(), "the editor replaces the listing");
        assertEquals("true", block.findElement(By.cssSelector(".sql-edit")).getAttribute("aria-pressed"));
        setValue(editor, "SELECT 6 * 7 AS answer, 'x' AS label");
        block.findElement(By.cssSelector(".sql-run")).click();
        assertEquals(" answer | label\n--------+-------\n     42 | x\n(1 row)", waitForNewOutput(block, output));

        setValue(editor, "SELEC 1");
        block.findElement(By.cssSelector(".sql-run")).click();
        String error = waitForNewOutput(block, " answer | label\n--------+-------\n     42 | x\n(1 row)");
        assertEquals("ERROR:  syntax error at or near \"SELEC\"\nLINE 1: SELEC 1\n        ^", error);
        assertTrue(block.findElement(By.cssSelector(".sql-output")).getAttribute("class").contains("sql-output-error"));

        block.findElement(By.cssSelector(".sql-reset")).click();
        assertTrue(block.findElements(By.cssSelector("textarea")).isEmpty(), "Reset removes the editor");
        assertTrue(block.findElement(By.cssSelector(".content pre")).isDisplayed());
        assertFalse(block.findElement(By.cssSelector(".sql-output")).isDisplayed());
        block.findElement(By.cssSelector(".sql-run")).click();
        assertEquals(PsqlTable.parse(expected.lines().toList()), lastTable(waitForNewOutput(block, "")),
                "after Reset the chapter's listing runs again");

        // A later visit starts from the snapshot the first run kept in Cache Storage (no initdb).
        browser.waitForScript("if (!window.__asking) { window.__asking = true; caches.open('handbook-sql-runner')"
                + ".then(c => c.keys()).then(k => { window.__snapshots = k.map(r => r.url); window.__asking = false; }); }"
                + "return window.__snapshots && window.__snapshots.length > 0");
        List<String> kept = browser.js("return window.__snapshots");
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(kept.get(0).endsWith("/pglite/snapshot-0.5.16.tar.gz"), kept.toString());
        browser.open(CHAPTER);
        browser.waitForScript("return document.querySelector('.sql-run') !== null");
        WebElement again = browser.find(".listingblock.check-result[data-sql-listing]");
        again.findElement(By.cssSelector(".sql-run")).click();
        assertEquals(PsqlTable.parse(expected.lines().toList()), lastTable(waitForOutput(again, FIRST_RUN)),
                "the kept snapshot gives the same database");
    }

    @Test
    void aChallengeSolutionRunsOnceRevealed() {
        browser.open("interview/sql-coding-challenges.html");
        browser.waitForScript("return document.querySelector('.sql-run') !== null");
        WebElement details = browser.find("details.solution");
        WebElement block = details.findElement(By.cssSelector(".listingblock.check-result[data-sql-listing]"));
        assertFalse(block.isDisplayed(), "the solution is hidden until revealed");
        details.findElement(By.cssSelector("summary")).click();
        String expected = expectedTableAfter(block);
        block.findElement(By.cssSelector(".sql-run")).click();
        assertEquals(PsqlTable.parse(expected.lines().toList()), lastTable(waitForOutput(block, FIRST_RUN)));
    }

    @Test
    void theRunnerFitsAPhone() {
        browser.viewport(Browser.PHONE);
        browser.open(CHAPTER);
        browser.waitForScript("return document.querySelector('.sql-run') !== null");
        WebElement block = browser.find(".listingblock.check-result[data-sql-listing]");
        block.findElement(By.cssSelector(".sql-edit")).click();
        browser.waitForScript("return document.querySelector('textarea.sql-editor') !== null");
        Number overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth");
        assertEquals(0, overflow.intValue(), "no horizontal scrolling at 390 px");
        Number barRight = browser.js("const r = document.querySelector('.sql-runner').getBoundingClientRect(); return r.right");
        assertTrue(barRight.intValue() <= 390, "the buttons stay on screen: " + barRight);
        Number button = browser.js("return document.querySelector('.sql-run').getBoundingClientRect().height");
        assertTrue(button.doubleValue() >= 24, "a touch target of at least 24 px: " + button);
        browser.js("arguments[0].scrollIntoView({block: 'start'})", block);
        browser.screenshot(java.nio.file.Path.of("target", "screenshots", "sql-runner-phone-editor.png"));
    }

    @Test
    void editorAndOutputPassAxeInBothThemesAndWorkFromTheKeyboard() {
        for (String theme : List.of("light", "dark")) {
            browser.open(CHAPTER);
            browser.rememberTheme(theme);
            browser.driver().navigate().refresh();
            browser.waitForScript("return document.querySelector('.sql-run') !== null");
            WebElement block = browser.find(".listingblock.check-result[data-sql-listing]");
            WebElement edit = block.findElement(By.cssSelector(".sql-edit"));
            edit.sendKeys(org.openqa.selenium.Keys.ENTER); // a real button: Enter presses it
            WebElement editor = browser.waitUntil(d -> block.findElement(By.cssSelector("textarea.sql-editor")));
            assertEquals(editor, browser.driver().switchTo().activeElement(), "Edit moves the focus into the editor");
            setValue(editor, "SELECT 1 AS n;\nSELEC 2");
            editor.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.ENTER));
            String output = waitForOutput(block, FIRST_RUN);
            assertTrue(output.startsWith(" n\n---\n 1\n(1 row)\n\nERROR:  syntax error at or near \"SELEC\""), output);
            List<String> problems = axeViolations(".listingblock.check-result[data-sql-listing]");
            assertEquals(List.of(), problems, theme + ": axe on the runner with its editor and output");
        }
    }

    @Test
    void aFailedDownloadSaysSoAndTheNextRunTriesAgain() {
        // DevTools' URL blocking does not reach a dedicated worker's requests, so the failure is made where the
        // page starts the worker: the first one it starts points at a file that is not there (a 404, as offline
        // gives a network error); the worker then reports only an error event, which the page must turn into a message.
        browser.allowConsoleError("missing-runner-worker.js");
        browser.open(CHAPTER);
        browser.waitForScript("return document.querySelector('.sql-run') !== null");
        browser.js("const RealWorker = window.Worker; let first = true;"
                + "window.Worker = function (url, options) {"
                + "  const target = first ? new URL('missing-runner-worker.js', url) : url; first = false;"
                + "  return new RealWorker(target, options); };");
        WebElement block = browser.find(".listingblock[data-sql-listing]");
        block.findElement(By.cssSelector(".sql-run")).click();
        String failed = "PostgreSQL (PGlite) could not be loaded. Check your connection and press Run again.";
        assertEquals(failed, waitForOutput(block, FIRST_RUN));
        assertEquals("Failed: " + failed, block.findElement(By.cssSelector(".sql-status")).getText());
        block.findElement(By.cssSelector(".sql-run")).click();
        String output = waitForNewOutput(block, failed);
        assertFalse(output.contains("could not be loaded"), "the next Run starts a new worker: " + output);
    }

    private List<String> axeViolations(String selector) {
        com.deque.html.axecore.args.AxeRunOnlyOptions only = new com.deque.html.axecore.args.AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withOptions(options).include(List.of(selector)).disableIframeTesting().analyze(browser.driver());
        List<String> problems = new java.util.ArrayList<>();
        results.getViolations().forEach(rule -> rule.getNodes().forEach(node ->
                problems.add(rule.getId() + ": " + node.getTarget() + " " + node.getFailureSummary())));
        return problems;
    }

    /** The [.sql-result] block the chapter shows after a listing. */
    static String expectedTableAfter(WebElement block) {
        WebElement next = block.findElement(By.xpath("following-sibling::div[contains(@class,'sql-result')][1]//pre"));
        return (String) ((JavascriptExecutor) ((org.openqa.selenium.WrapsDriver) next).getWrappedDriver())
                .executeScript("return arguments[0].textContent", next);
    }

    /** The last psql table of an output (listings print every statement's result, the table comes last). */
    static PsqlTable lastTable(String output) {
        String[] parts = output.split("\n\n");
        return PsqlTable.parse(parts[parts.length - 1].lines().toList());
    }

    private String waitForOutput(WebElement block, Duration timeout) {
        return new WebDriverWait(browser.driver(), timeout, Duration.ofMillis(100))
                .withMessage(() -> "no result; status: " + block.findElement(By.cssSelector(".sql-status")).getText())
                .until(d -> {
                    WebElement out = block.findElement(By.cssSelector(".sql-output"));
                    boolean running = block.findElement(By.cssSelector(".sql-run")).getAttribute("disabled") != null;
                    return out.isDisplayed() && !running ? (String) browser.js("return arguments[0].textContent", out) : null;
                });
    }

    private String waitForNewOutput(WebElement block, String previous) {
        return new WebDriverWait(browser.driver(), FIRST_RUN, Duration.ofMillis(100))
                .until(d -> {
                    String text = waitForOutput(block, FIRST_RUN);
                    return text.equals(previous) ? null : text;
                });
    }

    private void setValue(WebElement editor, String sql) {
        editor.clear();
        editor.sendKeys(sql);
    }

    private List<String> resourceNames() {
        return browser.js("return performance.getEntriesByType('resource').map(e => e.name)");
    }
}
