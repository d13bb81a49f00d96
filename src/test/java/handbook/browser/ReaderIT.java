package handbook.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading aids: copy buttons on code, the on-page contents on every width, the current section highlighted. */
@ExtendWith(HandbookSite.class)
class ReaderIT {
    private static final String CHAPTER = "big-data/kafka-fundamentals.html";

    private final Browser browser;

    ReaderIT(Browser browser) {
        this.browser = browser;
    }

    /** Every listing has a button; pressing it (by keyboard) puts the listing's text on the clipboard and says so. */
    @Test
    void theCopyButtonCopiesTheListingAndAnnouncesIt() {
        browser.open(CHAPTER);
        long listings = browser.js("return document.querySelectorAll('.doc .listingblock pre').length");
        assertTrue(listings > 0);
        assertEquals(listings, (long) browser.<Long>js("return document.querySelectorAll('.doc .listingblock button.copy-code').length"));
        assertEquals(0L, (long) browser.<Long>js("return document.querySelectorAll('.diagram button.copy-code, .output button.copy-code').length"),
                "results and diagrams are not code to run");
        browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", browser.site().origin(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement button = browser.find(".doc .listingblock button.copy-code");
        String expected = browser.js("return arguments[0].parentNode.querySelector('pre').textContent.replace(/\\s+$/, '')", button);
        assertTrue(expected.startsWith("kafka-topics.sh --bootstrap-server"), expected);
        assertTrue(button.getAttribute("aria-label").startsWith("Copy code"), button.getAttribute("aria-label"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", button);
        browser.js("arguments[0].focus()", button);
        button.sendKeys(Keys.ENTER);
        browser.waitForScript("return arguments[0].textContent === 'Copied'", button);
        assertEquals(expected, clipboard());
        browser.waitForScript("return document.querySelector('[role=status][aria-live=polite]').textContent === 'Code copied to the clipboard'");
    }

    /** Without the Clipboard API (an old browser, or a page denied it) the copy still happens, by selection. */
    @Test
    void withoutTheClipboardApiTheButtonStillCopies() {
        browser.open(CHAPTER);
        browser.js("""
                Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true});
                window.__copied = null;
                document.addEventListener('copy', () => { window.__copied = String(document.getSelection()); });
                """);
        WebElement button = browser.find(".doc .listingblock button.copy-code");
        browser.js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        browser.waitForScript("return arguments[0].textContent === 'Copied' || arguments[0].textContent === 'Selected'", button);
        String copied = browser.js("return window.__copied");
        assertTrue(copied != null && copied.startsWith("kafka-topics.sh --bootstrap-server"), "copied: " + copied);
    }

    /** On a phone the contents are a bar under the header: it names the current section and opens the list. */
    @Test
    void onAPhoneTheContentsAreACollapsibleBarThatFollowsTheReader() {
        browser.viewport(Browser.PHONE);
        browser.open(CHAPTER);
        WebElement toggle = browser.find(".page-toc .toc-toggle");
        assertTrue(toggle.isDisplayed());
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertFalse(browser.find(".page-toc > ol").isDisplayed(), "collapsed at first");
        assertEquals("Why it matters in the interview", browser.find(".page-toc .toc-current").getText());
        double width = browser.<Number>js("return document.querySelector('.page-toc').getBoundingClientRect().width").doubleValue();
        assertTrue(width >= 350, "across the phone's width: " + width);

        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        WebElement questions = browser.find(".page-toc a[href='#interview-questions']");
        assertTrue(questions.isDisplayed());
        questions.click();
        assertEquals(CHAPTER + "#interview-questions", browser.location());
        assertFalse(browser.find(".page-toc > ol").isDisplayed(), "closes after a jump");
        browser.waitForScript("return document.querySelector('.page-toc .toc-current').textContent === 'Interview questions'");
        assertEquals("sticky", browser.js("return getComputedStyle(document.querySelector('.page-toc')).position"));
        assertEquals(Boolean.TRUE, browser.js("""
                var bar = document.querySelector('.page-toc').getBoundingClientRect();
                var h = document.getElementById('interview-questions').getBoundingClientRect();
                return bar.top >= 0 && h.top >= bar.bottom - 1;
                """), "the bar stays on screen and the heading lands below it");

        toggle.click();
        toggle.sendKeys(Keys.ESCAPE);
        assertEquals("false", toggle.getAttribute("aria-expanded"), "Esc closes the list");
    }

    /** On a laptop the list is beside the text, and the entry of the section being read is marked. */
    @Test
    void theCurrentSectionIsHighlightedWhileScrolling() {
        browser.open(CHAPTER);
        assertFalse(browser.find(".page-toc .toc-toggle").isDisplayed(), "no bar on a wide screen");
        assertTrue(browser.find(".page-toc > ol").isDisplayed());
        for (String id : List.of("rebalancing", "brokers-and-replication", "senior-signals")) {
            browser.js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
            browser.waitForScript("var a = document.querySelector('.page-toc a[aria-current]');"
                    + " return a && a.getAttribute('href') === '#' + arguments[0]", id);
            assertEquals(1L, (long) browser.<Long>js("return document.querySelectorAll('.page-toc a[aria-current]').length"));
        }
        browser.js("window.scrollTo(0, 0)");
        browser.waitForScript("return document.querySelector('.page-toc a[aria-current]').getAttribute('href') === '#why-it-matters-in-the-interview'");
    }

    /** The phone drawer dims the page; a tap beside it or Esc closes it; Tab stays inside while it is open. */
    @Test
    void thePhoneDrawerHasABackdropClosesOnOutsideTapAndKeepsFocus() {
        browser.viewport(Browser.PHONE);
        browser.open(CHAPTER);
        WebElement toggle = browser.find(".nav-toggle");
        toggle.click();
        browser.waitForScript("return document.getElementById('sidebar').getBoundingClientRect().left === 0");
        WebElement backdrop = browser.find(".nav-backdrop");
        assertTrue(backdrop.isDisplayed());
        assertEquals("hidden", browser.js("return getComputedStyle(document.body).overflow"), "the page behind does not scroll");
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('sidebar').contains(document.activeElement)"),
                "focus moves into the drawer");
        assertEquals("Kafka Fundamentals: Producers, Consumers, Partitions and Replication",
                browser.driver().switchTo().activeElement().getText(), "at the current page");
        long links = browser.js("return document.querySelectorAll('#sidebar a[href]').length");
        for (int i = 0; i < links + 2; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals(Boolean.TRUE, browser.js("var a = document.activeElement; return a.classList.contains('nav-toggle')"
                    + " || document.getElementById('sidebar').contains(a)"), "Tab stays in the drawer (step " + i + ")");
        }
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToLocation(370, 400).click().perform();
        browser.waitForScript("return !document.body.classList.contains('nav-open')");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertFalse(backdrop.isDisplayed());
    }

    /** On a phone the brand link keeps its name, and the search results use the whole width of the screen. */
    @Test
    void onAPhoneTheBrandLinkIsNamedAndSearchResultsAreFullWidth() {
        browser.viewport(Browser.PHONE);
        browser.open(CHAPTER);
        assertEquals("Interview Handbook", browser.js(
                "return document.querySelector('.brand .brand-text').textContent"));
        assertTrue(browser.<Long>js("var r = document.querySelector('.brand .brand-text').getBoundingClientRect(); return r.width * r.height") <= 1,
                "visually hidden only");
        browser.find("#search-input").click();
        browser.find("#search-input").sendKeys("consumer group");
        browser.waitForScript("return document.querySelectorAll('#search-popup a.search-hit').length > 0");
        Number width = browser.js("return document.getElementById('search-popup').getBoundingClientRect().width");
        assertTrue(width.doubleValue() >= 388, "the popup spans the phone's width: " + width);
    }

    /** A tooltip for a term near the bottom edge opens above it, inside the window. */
    @Test
    void aTooltipNearTheBottomEdgeOpensAboveTheTerm() {
        browser.open(CHAPTER);
        WebElement term = browser.find("article a.term");
        browser.js("window.scrollBy(0, arguments[0].getBoundingClientRect().bottom - window.innerHeight + 8)", term);
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(term).perform();
        WebElement tip = browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.cssSelector(".term-tip")));
        List<Number> box = browser.js("var t = arguments[0].getBoundingClientRect(), r = arguments[1].getBoundingClientRect();"
                + " return [t.top, t.bottom, r.top, window.innerHeight]", tip, term);
        assertTrue(box.get(0).doubleValue() >= 0 && box.get(1).doubleValue() <= box.get(3).doubleValue(), "inside the window: " + box);
        assertTrue(box.get(1).doubleValue() <= box.get(2).doubleValue(), "above the term: " + box);
    }

    /** The theme button goes from the system's theme to the other one, then to the system's as a choice, then back to following the system. */
    @Test
    void theThemeButtonCanGoBackToFollowingTheSystem() {
        browser.open(CHAPTER);
        WebElement toggle = browser.find(".theme-toggle");
        assertEquals("system", toggle.getAttribute("data-mode"));
        toggle.click();
        assertEquals("dark", toggle.getAttribute("data-mode"));
        toggle.click();
        assertEquals("light", toggle.getAttribute("data-mode"));
        assertEquals("light", browser.js("return localStorage.getItem('handbook-theme')"));
        toggle.click();
        assertEquals("system", toggle.getAttribute("data-mode"));
        assertEquals(null, browser.<Object>js("return localStorage.getItem('handbook-theme')"), "the choice is forgotten");
        assertEquals(null, browser.<Object>js("return document.documentElement.getAttribute('data-theme')"));
        assertTrue(toggle.getAttribute("title").startsWith("Theme: as the system"), toggle.getAttribute("title"));
    }

    /** After two screens of a long chapter a button leads back to the top. */
    @Test
    void aLongPageOffersBackToTop() {
        browser.viewport(Browser.PHONE);
        browser.open(CHAPTER);
        WebElement top = browser.find(".back-to-top");
        assertFalse(top.isDisplayed());
        browser.js("window.scrollTo(0, 4 * window.innerHeight)");
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOf(top));
        top.click();
        browser.waitForScript("return window.scrollY === 0");
    }

    /** On a laptop the sidebar folds: the current part's chapters shown, the other parts closed until opened. */
    @Test
    void sidebarPartsFoldOnALaptop() {
        browser.open(CHAPTER);
        List<WebElement> toggles = browser.findAll("#sidebar .nav-part-toggle");
        assertEquals(5, toggles.size());
        assertTrue(browser.find("#sidebar [aria-current=page]").isDisplayed(), "the current chapter is in view");
        assertEquals(1L, (long) browser.<Long>js("return document.querySelectorAll('#sidebar .nav-part-toggle[aria-expanded=true]').length"));
        WebElement cloud = browser.find("#sidebar a[href='../cloud/cloud-fundamentals.html']");
        assertFalse(cloud.isDisplayed(), "other parts are folded");
        WebElement cloudToggle = cloud.findElement(org.openqa.selenium.By.xpath("ancestor::li[contains(@class,'nav-part')]/button"));
        assertEquals("Chapters of Part III: Cloud Platforms and Technologies", cloudToggle.getText().isEmpty()
                ? cloudToggle.getAttribute("textContent") : cloudToggle.getText());
        cloudToggle.click();
        assertEquals("true", cloudToggle.getAttribute("aria-expanded"));
        assertTrue(cloud.isDisplayed());
    }

    /** The glossary's letter bar marks the letter being read; an ASCII diagram a little too wide fits on a laptop. */
    @Test
    void theGlossaryMarksTheCurrentLetterAndWideDiagramsFitOnALaptop() {
        browser.open("glossary.html#letter-k");
        browser.waitForScript("var a = document.querySelector('.letter-bar a[aria-current]'); return a && a.textContent === 'K'");
        assertEquals(1L, (long) browser.<Long>js("return document.querySelectorAll('.letter-bar a[aria-current]').length"));

        browser.open("interview/system-design-for-data.html");
        List<String> wide = browser.js("return Array.from(document.querySelectorAll('.doc .diagram pre'))"
                + ".filter(p => p.scrollWidth > p.clientWidth + 1).map(p => p.scrollWidth + ' > ' + p.clientWidth)");
        long fitted = browser.js("return document.querySelectorAll('.doc .diagram pre.diagram-fit').length");
        assertTrue(fitted > 0, "some diagrams needed the smaller font");
        assertEquals(List.of(), wide, "diagrams wider than the column on a laptop");
    }

    private String clipboard() {
        Object out = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[0]; navigator.clipboard.readText().then(done, e => done('error: ' + e))");
        return String.valueOf(out);
    }
}
