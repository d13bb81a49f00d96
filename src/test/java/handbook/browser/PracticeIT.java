package handbook.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Practice mode in Chromium: the question bank's filters and their URL, a practised card's schedule under an
 * injected clock, progress across reloads, export → reset → import, and the challenges' hidden solutions.
 */
@ExtendWith(HandbookSite.class)
class PracticeIT {
    static final String PRACTICE = "practice.html";
    static final String CHAPTER = "core/advanced-sql.html";
    static final String CHALLENGES = "interview/sql-coding-challenges.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Browser browser;

    PracticeIT(Browser browser) {
        this.browser = browser;
    }

    static void openPractice(Browser browser, String query) {
        browser.open(PRACTICE + query);
        browser.waitForScript("return document.querySelectorAll('[data-list] li').length > 0");
    }

    private JsonNode questions() throws IOException {
        return JSON.readTree(Files.readString(browser.site().dir().resolve("questions.json"))).get("questions");
    }

    private List<String> shownLinks() {
        return browser.js("return Array.from(document.querySelectorAll('[data-list] a.bank-question')).map(a => a.getAttribute('href').replace(/^.*?\\/handbook\\//, ''))");
    }

    @Test
    void filteringByLevelAndRoundShowsExactlyThoseQuestionsAndTheUrlRestoresIt() throws IOException {
        List<String> expected = new ArrayList<>();
        for (JsonNode q : questions()) {
            if (q.get("level").asText().equals("senior") && q.get("round").asText().equals("sql")) {
                expected.add(q.get("chapter").asText() + "#" + q.get("anchor").asText());
            }
        }
        assertTrue(expected.size() > 5, "enough senior SQL questions to make the test meaningful: " + expected.size());
        openPractice(browser, "");
        int all = shownLinks().size();
        new Select(browser.find("#filter-level")).selectByValue("senior");
        new Select(browser.find("#filter-round")).selectByValue("sql");
        assertEquals(expected, shownLinks());
        assertEquals(PRACTICE + "?level=senior&round=sql", browser.location());
        assertTrue(browser.find("#filter-level").getText().contains("Senior (" + expected.size() + ")"),
                "the level filter shows counts: " + browser.find("#filter-level").getText());
        assertEquals("Showing " + expected.size() + " of " + all + " questions.", browser.find("[data-count]").getText());

        browser.driver().navigate().back();
        browser.waitForScript("return document.querySelectorAll('[data-list] li').length > arguments[0]", expected.size());
        assertEquals(PRACTICE + "?level=senior", browser.location(), "the back button undoes one filter");
        browser.driver().navigate().forward();
        browser.waitForScript("return document.querySelectorAll('[data-list] li').length === arguments[0]", expected.size());

        openPractice(browser, "?level=senior&round=sql");
        assertEquals(expected, shownLinks(), "a shared URL restores the filter");
        assertEquals("senior", new Select(browser.find("#filter-level")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("sql", new Select(browser.find("#filter-round")).getFirstSelectedOption().getAttribute("value"));

        browser.find("[data-shuffle]").click();
        assertTrue(browser.location().matches("practice\\.html\\?level=senior&round=sql&shuffle=\\d+"), browser.location());
        List<String> shuffled = shownLinks();
        assertEquals(expected.stream().sorted().toList(), shuffled.stream().sorted().toList());
        browser.find("[data-hide-levels]").click();
        assertFalse(browser.find("[data-list] .badge.level-senior").isDisplayed(), "level badges can be hidden");
    }

    @Test
    void aCardRatedGoodIsNotDueUntilItsIntervalHasPassed() {
        openPractice(browser, "?chapter=" + CHAPTER);
        assertEquals("Practise due cards (0)", browser.find("[data-start=due]").getText());
        browser.find("[data-start=filter]").click();
        String question = browser.find("[data-card-question]").getText();
        assertFalse(browser.find("[data-card-answer]").isDisplayed());
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-card-answer]")));
        assertFalse(browser.find("[data-card-answer]").getText().isBlank());
        new Actions(browser.driver()).sendKeys("3").perform();
        assertNotEquals(question, browser.find("[data-card-question]").getText(), "the next card is shown");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();

        assertEquals("Practise due cards (0)", browser.find("[data-start=due]").getText(), "not due today");
        String rendered = "window.dispatchEvent(new PopStateEvent('popstate'));"
                + "return document.querySelector('[data-start=due]').textContent";
        long day = 86_400_000L;
        assertEquals("Practise due cards (0)", browser.js(rendered), "the clock has not moved: still not due");
        assertEquals("Practise due cards (1)", browser.js("const t = Date.now(); Date.now = () => t + " + day + ";" + rendered),
                "due once its one-day interval has passed (SM-2: I(1) = 1 day)");
        browser.find("[data-start=due]").click();
        assertEquals(question, browser.find("[data-card-question]").getText());
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        new Actions(browser.driver()).sendKeys("3").perform();
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-summary]")));
        assertTrue(browser.find("[data-summary]").getText().contains("You practised 1 card: 0 Again, 0 Hard, 1 Good, 0 Easy."),
                browser.find("[data-summary]").getText());
        String card = browser.js("return JSON.stringify(JSON.parse(localStorage.getItem('sde-handbook-practice')).cards)");
        assertTrue(card.contains("\"interval\":6"), "the second Good gives I(2) = 6 days: " + card);
    }

    @Test
    void eachQuestionLinksToItsSectionAndOpensThere() {
        openPractice(browser, "?chapter=" + CHAPTER);
        WebElement first = browser.find("[data-list] a.bank-question");
        String text = first.getText();
        first.click();
        browser.waitForScript("return location.hash.length > 1");
        assertTrue(browser.location().startsWith(CHAPTER + "#advanced-sql-"), browser.location());
        WebElement details = browser.find("details.question[open]");
        assertEquals(browser.location().substring(browser.location().indexOf('#') + 1), details.getAttribute("id"));
        assertTrue(details.findElement(By.cssSelector("summary")).getText().startsWith(text));
    }

    @Test
    void theGlossaryDeckAsksForATermAndSchedulesIt() {
        openPractice(browser, "");
        browser.find("[data-start=glossary]").click();
        String question = browser.find("[data-card-question]").getText();
        assertTrue(question.startsWith("What is “"), question);
        assertEquals("Glossary", browser.find("[data-card-meta]").getText());
        browser.find("[data-reveal]").click();
        assertFalse(browser.find("[data-card-answer] .term-short").getText().isBlank());
        browser.find("[data-rating=easy]").click();
        String cards = browser.js("return Object.keys(JSON.parse(localStorage.getItem('sde-handbook-practice')).cards).join()");
        assertTrue(cards.startsWith("g:"), cards);
    }

    @Test
    void progressSurvivesAReload() {
        browser.open(CHAPTER);
        WebElement mark = browser.find(".mark-read button");
        assertEquals("false", mark.getAttribute("aria-pressed"));
        mark.click();
        browser.driver().navigate().refresh();
        assertEquals("true", browser.find(".mark-read button").getAttribute("aria-pressed"));
        assertTrue(browser.find("#sidebar a[data-chapter='" + CHAPTER + "']").getText().contains("✓"));
        browser.open("index.html");
        assertTrue(browser.find(".cards a[data-part='core'] .card-progress").getText().contains("1 chapter read"));
        assertTrue(browser.find("[data-continue]").isDisplayed(), "continue where you stopped");
        assertTrue(browser.find("[data-continue-link]").getAttribute("href").endsWith(CHAPTER));

        browser.open("interview/study-plan.html");
        WebElement day1 = browser.find("#plan-the-two-week-plan-1");
        day1.click();
        browser.driver().navigate().refresh();
        assertTrue(browser.find("#plan-the-two-week-plan-1").isSelected());
        assertTrue(browser.find(".plan-progress").getText().startsWith("1 of 14 days done"), browser.find(".plan-progress").getText());
    }

    @Test
    void exportResetAndImportRestoreEverything() throws IOException {
        browser.open(CHAPTER);
        browser.find(".mark-read button").click();
        openPractice(browser, "?chapter=" + CHAPTER);
        browser.find("[data-start=filter]").click();
        new Actions(browser.driver()).sendKeys(Keys.SPACE).sendKeys("4").sendKeys(Keys.SPACE).sendKeys("1").sendKeys(Keys.ESCAPE).perform();
        String before = browser.js("return localStorage.getItem('sde-handbook-practice')");

        browser.js("window.__exported = null; const orig = URL.createObjectURL;"
                + "URL.createObjectURL = (b) => { window.__exported = b; return orig(b); };");
        browser.find("[data-export]").click();
        String exported = (String) browser.driver().executeAsyncScript("const done = arguments[0]; window.__exported.text().then(done);");
        assertEquals(JSON.readTree(before), JSON.readTree(exported));

        browser.find("[data-reset]").click();
        browser.find("[data-reset-confirm]").click();
        assertEquals(null, (Object) browser.js("return localStorage.getItem('sde-handbook-practice')"));
        assertEquals("Practise due cards (0)", browser.find("[data-start=due]").getText());

        Path file = Files.createTempFile(Path.of("target"), "progress", ".json");
        Files.writeString(file, "{\"version\": 2, \"cards\": {\"no-such-question\": {\"n\": 1, \"ef\": 2.5, \"interval\": 1}}}");
        browser.find("#import-file").sendKeys(file.toAbsolutePath().toString());
        browser.waitForScript("return document.querySelector('[data-message]').textContent.startsWith('Import failed')");
        assertEquals("Import failed: The file has 1 card this handbook does not know: no-such-question.",
                browser.find("[data-message]").getText());

        Files.writeString(file, exported);
        browser.find("#import-file").sendKeys(file.toAbsolutePath().toString());
        browser.waitForScript("return document.querySelector('[data-message]').textContent.startsWith('Imported')");
        assertEquals(JSON.readTree(before), JSON.readTree((String) browser.js("return localStorage.getItem('sde-handbook-practice')")));
        browser.open(CHAPTER);
        assertEquals("true", browser.find(".mark-read button").getAttribute("aria-pressed"));
        Files.delete(file);
    }

    @Test
    void aChallengeSolutionIsHiddenUntilTheReaderOpensIt() throws IOException {
        browser.open(CHALLENGES);
        WebElement solution = browser.find("[data-challenge] details.solution");
        WebElement code = solution.findElement(By.cssSelector(".solution-body pre"));
        assertFalse(code.isDisplayed(), "the solution is hidden at first");
        assertTrue(browser.find("[data-challenge] .check-setup pre").isDisplayed(), "the schema and data stay visible");
        solution.findElement(By.cssSelector("summary")).click();
        assertTrue(code.isDisplayed());
        browser.waitForScript("return document.querySelector('[data-challenge] details.solution > summary').textContent === 'Hide solution'");
        WebElement timer = browser.find("[data-challenge] .challenge-timer button");
        timer.click();
        assertEquals("Stop timer", timer.getText());
        int challenges = 0;
        for (JsonNode q : questions()) {
            challenges += q.get("kind").asText().equals("challenge") ? 1 : 0;
        }
        assertTrue(challenges >= 27, "22 SQL and 5 Python problems at least, now " + challenges);
        assertEquals(challenges, browser.findAll("[data-challenge] details.solution").size(), "every challenge hides its solution");
    }
}
