package handbook.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Glossary terms in chapters explain themselves on hover and focus; the glossary page filters and links back. */
@ExtendWith(HandbookSite.class)
class GlossaryIT {
    private static final String CHAPTER = "big-data/kafka-fundamentals.html";
    /** The first term of the section: the next focusable element after the section heading's anchor. */
    private static final String TERM = "#kafkas-building-blocks + .sectionbody a.term[data-term='log-compaction']";
    private static final String DEFINITION = "A Kafka retention mode that keeps at least the latest record for every key";

    private final Browser browser;

    GlossaryIT(Browser browser) {
        this.browser = browser;
    }

    @Test
    void aTermShowsItsDefinitionOnHoverAndEscClosesIt() {
        browser.open(CHAPTER);
        WebElement term = browser.find(TERM);
        assertEquals("tip-log-compaction", term.getAttribute("aria-describedby"));
        assertFalse(browser.find("#tip-log-compaction").isDisplayed(), "definitions are hidden in the page");

        browser.js("arguments[0].scrollIntoView({block: 'center'})", term); // room below: (near the bottom it opens above)
        new Actions(browser.driver()).moveToElement(term).perform();
        WebElement tip = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".term-tip")));
        assertEquals("tooltip", tip.getAttribute("role"));
        assertEquals("Log compaction", tip.findElement(By.cssSelector(".term-tip-name")).getText());
        assertTrue(tip.getText().contains(DEFINITION), tip.getText());
        assertTrue(below(term, tip), "the tooltip sits under the term");

        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waitUntil(ExpectedConditions.invisibilityOf(tip));

        new Actions(browser.driver()).moveToElement(browser.find("article h1")).moveToElement(term).perform();
        browser.waitUntil(ExpectedConditions.visibilityOf(tip));
        new Actions(browser.driver()).moveToElement(browser.find("article h1")).perform();
        browser.waitUntil(ExpectedConditions.invisibilityOf(tip)); // moving away closes it too
    }

    @Test
    void aTermShowsItsDefinitionOnKeyboardFocus() {
        browser.open(CHAPTER);
        browser.js("arguments[0].focus()", browser.find("#kafkas-building-blocks a.heading-anchor"));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        // The section's first term link, whichever term the chapter links first.
        WebElement first = browser.find("#kafkas-building-blocks + .sectionbody a.term");
        assertEquals(first, focused, "Tab reaches the term");
        String shortText = browser.find("#" + first.getAttribute("aria-describedby")).getAttribute("textContent").replaceAll("\\s+", " ").strip();
        assertFalse(shortText.isEmpty(), "the term carries its one-line definition");

        WebElement tip = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".term-tip")));
        assertTrue(tip.getText().contains(shortText), tip.getText() + " / " + shortText);
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waitUntil(ExpectedConditions.invisibilityOf(tip));
        assertEquals(focused, browser.driver().switchTo().activeElement(), "Esc keeps the focus on the term");

        // Back to the heading anchor, which is not a term (the next Tab may well reach another term).
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertFalse(browser.find(".term-tip").isDisplayed(), "leaving the term keeps the tooltip closed");
    }

    @Test
    void theFilterNarrowsTheGlossaryToMatchingNamesAndAbbreviations() {
        browser.open("glossary.html");
        int all = browser.findAll(".glossary-entry").size();
        assertTrue(all >= 200, "terms: " + all);
        assertEquals(all + " terms", browser.find("#glossary-filter-count").getText());

        WebElement filter = browser.find("#glossary-filter-input");
        filter.sendKeys("cdc");
        List<String> shown = visibleEntries();
        assertTrue(shown.contains("term-change-data-capture"), shown.toString());
        assertTrue(shown.size() <= 3, "only the CDC terms are left: " + shown);
        assertEquals(shown.size() + (shown.size() == 1 ? " term" : " terms"), browser.find("#glossary-filter-count").getText());
        assertTrue(browser.find("#letter-c").isDisplayed());
        assertFalse(browser.find("#letter-a").isDisplayed(), "letters without a match are hidden");

        filter.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
        assertEquals(all + " terms", browser.find("#glossary-filter-count").getText());
        assertEquals(all, visibleEntries().size());
    }

    /** The ids of the entries a reader sees (one script call: the page has 200+ entries). */
    private List<String> visibleEntries() {
        return browser.js("return Array.from(document.querySelectorAll('.glossary-entry'))"
                + ".filter(e => e.getClientRects().length > 0).map(e => e.querySelector('h3').id)");
    }

    @Test
    void aBacklinkLeadsToTheSectionThatUsesTheTerm() {
        browser.open("glossary.html#term-change-data-capture");
        WebElement used = browser.find("#term-change-data-capture ~ details.term-backlinks");
        assertEquals(null, used.getAttribute("open"), "collapsed: the page stays short");
        WebElement summary = used.findElement(org.openqa.selenium.By.cssSelector("summary"));
        assertTrue(summary.getText().matches("Used in \\d+ sections of \\d+ chapters"), summary.getText());
        assertEquals(56L, browser.<Long>js("return Math.round(document.querySelector('.letter-bar-nav').getBoundingClientRect().top)"),
                "far down the page the letters stay under the header");
        assertEquals(0L, browser.<Long>js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('glossary-backlinks.json')).length"), "the lists load only when one is opened");
        summary.click();
        browser.waitForScript("return document.querySelector('#term-change-data-capture ~ .term-backlinks a') !== null"); // loaded on opening
        WebElement backlink = browser.find("#term-change-data-capture ~ .term-backlinks a");
        String href = backlink.getAttribute("href");
        String id = href.substring(href.indexOf('#') + 1);
        backlink.click();
        assertEquals(browser.site().relative(href), browser.location());
        WebElement target = browser.find("[id='" + id + "']");
        assertTrue(target.isDisplayed());
        assertTrue((Boolean) browser.js("return !!arguments[0].parentElement.querySelector(\"a.term[data-term='change-data-capture']\")",
                target), "the section uses the term");
        long top = ((Number) browser.js("return Math.round(arguments[0].getBoundingClientRect().top)", target)).longValue();
        assertTrue(top >= 0 && top < 200, "the section is scrolled into view: " + top);
    }

    private boolean below(WebElement term, WebElement tip) {
        return (Boolean) browser.js("return arguments[1].getBoundingClientRect().top >= arguments[0].getBoundingClientRect().bottom",
                term, tip);
    }
}
