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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * axe-core finds no violation of the WCAG 2.1 A and AA rules on the main kinds of page, in the light and the dark
 * theme (colour contrast differs), including the open search popup and a glossary tooltip.
 */
@ExtendWith(HandbookSite.class)
class AccessibilityIT {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Browser browser;

    AccessibilityIT(Browser browser) {
        this.browser = browser;
    }

    @ParameterizedTest(name = "{0} in the {1} theme")
    @CsvSource({
            "index.html, light", "index.html, dark",
            "big-data/kafka-fundamentals.html, light", "big-data/kafka-fundamentals.html, dark",
            "glossary.html, light", "glossary.html, dark",
            "search.html?q=consumer%20group, light", "search.html?q=consumer%20group, dark",
    })
    void hasNoWcagViolations(String page, String theme) {
        openIn(page, theme);
        if (page.startsWith("search.html")) {
            browser.waitForScript("return document.querySelectorAll('.search-results-list a.search-result').length > 0");
        }
        assertNoViolations(page + " (" + theme + ")");
    }

    /** Phones: the same pages, with the contents bar opened on the chapter and the drawer open on the home page. */
    @ParameterizedTest(name = "{0} on a phone in the {1} theme")
    @CsvSource({
            "index.html, light", "index.html, dark",
            "big-data/kafka-fundamentals.html, light", "big-data/kafka-fundamentals.html, dark",
            "search.html?q=consumer%20group, light", "search.html?q=consumer%20group, dark",
    })
    void hasNoWcagViolationsOnAPhone(String page, String theme) {
        browser.viewport(Browser.PHONE);
        openIn(page, theme);
        if (page.startsWith("search.html")) {
            browser.waitForScript("return document.querySelectorAll('.search-results-list a.search-result').length > 0");
        }
        assertNoViolations(page + " on a phone (" + theme + ")");
        if (page.startsWith("big-data")) {
            browser.find(".page-toc .toc-toggle").click();
            assertNoViolations(page + " on a phone, contents open (" + theme + ")");
        } else if (page.equals("index.html")) {
            browser.find(".nav-toggle").click();
            browser.waitForScript("return document.getElementById('sidebar').getBoundingClientRect().left === 0");
            assertNoViolations(page + " on a phone, drawer open (" + theme + ")");
        }
    }

    @ParameterizedTest(name = "open search popup and tooltip in the {0} theme")
    @CsvSource({"light", "dark"})
    void theOpenSearchPopupAndATooltipHaveNoWcagViolations(String theme) {
        openIn("big-data/kafka-fundamentals.html", theme);
        browser.find("#search-input").sendKeys("consumer group");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-popup [role='option']")));
        browser.find("#search-input").sendKeys(Keys.ARROW_DOWN);
        assertNoViolations("search popup (" + theme + ")");

        browser.find("#search-input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "qqxqzzv");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-popup .search-empty")));
        assertNoViolations("search popup without results (" + theme + ")");

        browser.find("#search-input").sendKeys(Keys.ESCAPE);
        new Actions(browser.driver()).moveToElement(browser.find("article a.term")).perform();
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".term-tip")));
        assertNoViolations("tooltip (" + theme + ")");
    }

    private void openIn(String page, String theme) {
        browser.open(page);
        browser.rememberTheme(theme);
        browser.driver().navigate().refresh();
        assertEquals(theme, browser.js("return document.documentElement.getAttribute('data-theme')"));
    }

    private void assertNoViolations(String what) {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations")); // passes stay unserialised: 3× faster on the glossary
        Results results = new AxeBuilder().withOptions(options).disableIframeTesting().analyze(browser.driver());
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                problems.add(rule.getId() + " (" + rule.getImpact() + "): " + node.getTarget() + "  "
                        + oneLine(node.getFailureSummary()) + "  " + oneLine(node.getHtml()));
            }
        }
        assertEquals(List.of(), problems, what + ": " + problems.size() + " axe violations");
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ");
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }
}
