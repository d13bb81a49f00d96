package handbook.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Practice mode is axe-clean (WCAG 2.1 A and AA) on a laptop and a phone, in both themes: the question bank, a
 * practice card with its answer revealed, the home page's front door with progress, the study plan checklists and
 * a challenge with its solution open. Each state is also saved as a screenshot in {@code target/screenshots/}.
 */
@ExtendWith(HandbookSite.class)
class PracticeAccessibilityIT {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path DIR = Path.of("target", "screenshots");

    private final Browser browser;

    PracticeAccessibilityIT(Browser browser) {
        this.browser = browser;
    }

    @ParameterizedTest(name = "{0} in the {1} theme")
    @CsvSource({"laptop, light", "laptop, dark", "phone, light", "phone, dark"})
    void practiceIsAxeClean(String device, String theme) {
        Dimension size = device.equals("phone") ? Browser.PHONE : Browser.DESKTOP;
        browser.open("index.html");
        browser.rememberTheme(theme);
        browser.viewport(size);
        String name = device + "-" + theme;

        browser.open(PracticeIT.CHAPTER);
        browser.find(".mark-read button").click();
        check("chapter with Mark as read (" + name + ")", null);

        PracticeIT.openPractice(browser, "?level=senior");
        check("question bank (" + name + ")", "practice-bank-" + name);

        browser.find("[data-start=filter]").click();
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        check("practice card, answer revealed (" + name + ")", "practice-card-" + name);
        new Actions(browser.driver()).sendKeys("3").sendKeys(Keys.ESCAPE).perform();

        browser.open("index.html");
        check("home front door with progress (" + name + ")", "home-front-door-" + name);

        browser.open("interview/study-plan.html#the-two-week-plan");
        browser.find("#plan-the-two-week-plan-1").click();
        check("study plan checklists (" + name + ")", "study-plan-checklist-" + name);

        browser.open(PracticeIT.CHALLENGES + "#problem-1-easy-second-highest-salary-per-department");
        browser.find("[data-challenge] details.solution > summary").click();
        check("challenge with its solution open (" + name + ")", "challenge-solution-" + name);
    }

    private void check(String what, String screenshot) {
        assertEquals(0L, (Long) browser.js("return document.documentElement.scrollWidth - window.innerWidth"), what + " scrolls sideways");
        if (screenshot != null) {
            Path file = DIR.resolve(screenshot + ".png");
            browser.screenshot(file);
            assertTrue(file.toFile().length() > 10_000, file + " looks empty");
        }
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).disableIframeTesting().analyze(browser.driver());
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                problems.add(rule.getId() + ": " + node.getTarget() + "  " + String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " ")
                        + "  " + String.valueOf(node.getHtml()).replaceAll("\\s+", " "));
            }
        }
        assertEquals(List.of(), problems, what + ": " + problems.size() + " axe violations");
    }
}
