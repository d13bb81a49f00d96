package handbook.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screenshots for people to look at, in {@code target/screenshots/}: the main kinds of page at desktop and phone
 * width, light and dark, plus the phone menu and the search popup. Beyond writing them, it checks what a look
 * would catch first: nothing is wider than the screen.
 */
@ExtendWith(HandbookSite.class)
class ScreenshotsIT {
    private static final Path DIR = Path.of("target", "screenshots");
    private static final String CHAPTER = "big-data/kafka-fundamentals.html";
    private static final List<Map.Entry<String, String>> PAGES = List.of(
            Map.entry("home", "index.html"),
            Map.entry("chapter", CHAPTER),
            Map.entry("glossary", "glossary.html"),
            Map.entry("search", "search.html?q=consumer%20group"));
    private static final List<Map.Entry<String, Dimension>> SIZES = List.of(
            Map.entry("desktop", Browser.DESKTOP), Map.entry("phone", Browser.PHONE));

    private final Browser browser;

    ScreenshotsIT(Browser browser) {
        this.browser = browser;
    }

    @Test
    void mainPagesAtTwoWidthsInBothThemes() {
        for (Map.Entry<String, String> page : PAGES) {
            for (Map.Entry<String, Dimension> size : SIZES) {
                browser.viewport(size.getValue());
                for (String theme : List.of("light", "dark")) {
                    open(page.getValue(), theme);
                    assertNoHorizontalScroll(page.getKey() + "-" + size.getKey());
                    shoot(page.getKey() + "-" + size.getKey() + "-" + theme);
                }
            }
        }
    }

    @Test
    void chapterDetailsMenuAndPopups() {
        for (String theme : List.of("light", "dark")) {
            browser.viewport(Browser.DESKTOP);
            open(CHAPTER + "#worked-example-a-durable-ordered-orders-topic", theme);
            shoot("chapter-desktop-code-" + theme);

            open(CHAPTER + "#interview-questions", theme);
            browser.find("details.question > summary").click();
            new Actions(browser.driver()).moveToElement(browser.find("#interview-questions ~ .sectionbody a.term")).perform();
            browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".term-tip")));
            shoot("chapter-desktop-question-tooltip-" + theme);

            open(CHAPTER, theme);
            browser.find("#search-input").sendKeys("consumer group");
            browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-popup [role='option']")));
            browser.find("#search-input").sendKeys(Keys.ARROW_DOWN);
            shoot("chapter-desktop-popup-" + theme);

            browser.viewport(Browser.PHONE);
            open(CHAPTER, theme);
            browser.find(".nav-toggle").click();
            browser.waitForScript("return document.getElementById('sidebar').getBoundingClientRect().left === 0");
            shoot("chapter-phone-menu-" + theme);
        }
    }

    /** The phone views of the reading aids: contents bar open, copy button, search popup, table, diagram, glossary. */
    @Test
    void phoneReadingAids() {
        browser.viewport(Browser.PHONE);
        for (String theme : List.of("light", "dark")) {
            open(CHAPTER + "#rebalancing", theme);
            shoot("phone-contents-bar-" + theme);
            browser.find(".page-toc .toc-toggle").click();
            shoot("phone-contents-open-" + theme);

            open(CHAPTER + "#worked-example-a-durable-ordered-orders-topic", theme);
            browser.js("document.querySelector('.listingblock pre').scrollIntoView({block: 'center'})");
            browser.find(".listingblock button.copy-code").click();
            shoot("phone-copy-button-" + theme);

            open(CHAPTER, theme);
            browser.find("#search-input").sendKeys("consumer group");
            browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-popup [role='option']")));
            shoot("phone-search-popup-" + theme);

            open("cloud/managed-streaming.html", theme);
            browser.js("var t = document.querySelector('.doc table[data-scrolls]'); t.scrollIntoView({block: 'center'}); t.scrollLeft = 300;");
            shoot("phone-table-scrolled-" + theme);

            open("core/dimensional-modeling.html", theme);
            browser.js("var i = document.querySelector('.doc .imageblock img'); if (i) i.scrollIntoView({block: 'center'});");
            shoot("phone-diagram-" + theme);

            open("glossary.html#term-change-data-capture", theme);
            browser.find("#term-change-data-capture ~ details.term-backlinks > summary").click();
            browser.waitForScript("return document.querySelector('#term-change-data-capture ~ details.term-backlinks ul') !== null");
            shoot("phone-glossary-backlinks-" + theme);
        }
    }

    @Test
    void noPageScrollsSidewaysOnAPhone(ServedSite site) {
        browser.viewport(Browser.PHONE);
        List<String> wide = new java.util.ArrayList<>();
        for (String page : site.htmlPages()) {
            browser.open(page);
            long overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth");
            if (overflow > 0) {
                wide.add(page + " by " + overflow + " px");
            }
        }
        assertEquals(List.of(), wide, "pages wider than a 390 px phone");
    }

    private void open(String page, String theme) {
        browser.open(page);
        browser.rememberTheme(theme);
        browser.driver().navigate().refresh();
        if (page.startsWith("search.html")) {
            browser.waitForScript("return document.querySelectorAll('.search-results-list a.search-result').length > 0");
        }
    }

    private void assertNoHorizontalScroll(String what) {
        long overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(overflow <= 0, what + " scrolls sideways by " + overflow + " px");
    }

    private void shoot(String name) {
        Path file = DIR.resolve(name + ".png");
        browser.screenshot(file);
        assertTrue(file.toFile().length() > 10_000, file + " looks empty");
    }
}
