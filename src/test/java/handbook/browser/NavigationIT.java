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

/** A reader finds their way: home → part → chapter, sidebar, previous/next, breadcrumbs, heading anchors, phone menu. */
@ExtendWith(HandbookSite.class)
class NavigationIT {
    private static final String PART = "big-data/index.html";
    private static final String PART_TITLE = "Part II: Big Data Technologies";
    private static final String CHAPTER = "big-data/kafka-fundamentals.html";
    private static final String CHAPTER_TITLE = "Kafka Fundamentals: Producers, Consumers, Partitions and Replication";

    private final Browser browser;

    NavigationIT(Browser browser) {
        this.browser = browser;
    }

    @Test
    void homeToPartToChapterByFollowingLinks() {
        browser.open("");
        assertEquals("Senior Data Engineer Interview Handbook", browser.driver().getTitle());
        browser.find(".part-list a[href='big-data/index.html']").click();
        assertEquals(PART, browser.location());
        assertEquals(PART_TITLE, browser.find("article h1").getText());

        browser.find(".chapter-list a[href='../big-data/kafka-fundamentals.html']").click();
        assertEquals(CHAPTER, browser.location());
        assertEquals(CHAPTER_TITLE, browser.find("article h1").getText());
    }

    @Test
    void sidebarMarksTheCurrentPageAndItsPart() {
        browser.open(CHAPTER);
        List<WebElement> current = browser.findAll("#sidebar [aria-current='page']");
        assertEquals(1, current.size());
        assertEquals(CHAPTER_TITLE, current.get(0).getText());
        assertEquals(PART_TITLE, browser.find("#sidebar .nav-part.current-part > .nav-part-link").getText());
        assertEquals(1, browser.findAll("#sidebar .nav-part.current-part").size());

        browser.open(PART);
        assertEquals(PART_TITLE, browser.find("#sidebar [aria-current='page']").getText());
    }

    @Test
    void theSidebarScrollsToTheCurrentPage() {
        for (String page : List.of("interview/study-plan.html", "glossary.html", "core/pipeline-architectures.html")) {
            browser.open(page);
            assertTrue(inSidebarView(), page + ": the current page is visible in the sidebar");
        }
        browser.viewport(Browser.PHONE);
        browser.open("interview/study-plan.html");
        browser.find(".nav-toggle").click();
        browser.waitForScript("return document.getElementById('sidebar').getBoundingClientRect().left === 0");
        assertTrue(inSidebarView(), "the drawer opens at the current page");
    }

    private boolean inSidebarView() {
        return browser.js("var s = document.getElementById('sidebar').getBoundingClientRect();"
                + " var c = document.querySelector('#sidebar [aria-current=page]').getBoundingClientRect();"
                + " return c.top >= s.top && c.bottom <= s.bottom");
    }

    @Test
    void previousAndNextWalkTheReadingOrder() {
        browser.open(CHAPTER);
        browser.find(".prev-next a.next").click();
        assertEquals("big-data/kafka-ecosystem.html", browser.location());
        browser.find(".prev-next a.prev").click();
        assertEquals(CHAPTER, browser.location());
        browser.find(".prev-next a.prev").click();
        assertEquals("big-data/spark-structured-streaming.html", browser.location());
    }

    @Test
    void breadcrumbsLeadBackToPartAndHome() {
        browser.open(CHAPTER);
        List<String> crumbs = browser.findAll(".breadcrumbs li").stream().map(WebElement::getText).toList();
        assertEquals(List.of("Home", PART_TITLE, CHAPTER_TITLE), crumbs);
        assertEquals("page", browser.find(".breadcrumbs li:last-child span").getAttribute("aria-current"));

        browser.driver().findElement(By.cssSelector(".breadcrumbs")).findElement(By.linkText(PART_TITLE)).click();
        assertEquals(PART, browser.location());
        browser.driver().findElement(By.cssSelector(".breadcrumbs")).findElement(By.linkText("Home")).click();
        assertEquals("index.html", browser.location());
    }

    @Test
    void everySectionHeadingHasAnAnchorThatSetsTheHash() {
        browser.open(CHAPTER);
        List<WebElement> headings = browser.findAll("article [class^='sect'] > h2[id], article [class^='sect'] > h3[id]");
        assertTrue(headings.size() >= 10, "sections: " + headings.size());
        for (WebElement h : headings) {
            String id = h.getAttribute("id");
            WebElement anchor = h.findElement(By.cssSelector("a.heading-anchor"));
            assertEquals("#" + id, anchor.getAttribute("href").substring(anchor.getAttribute("href").indexOf('#')));
        }
        WebElement heading = browser.find("#consumers-and-consumer-groups");
        new Actions(browser.driver()).moveToElement(heading).perform(); // the anchor shows on hover
        heading.findElement(By.cssSelector("a.heading-anchor")).click();
        assertEquals(CHAPTER + "#consumers-and-consumer-groups", browser.location());
        assertEquals("#consumers-and-consumer-groups", browser.js("return location.hash"));
        long top = ((Number) browser.js("return Math.round(arguments[0].getBoundingClientRect().top)", heading)).longValue();
        assertTrue(top >= 0 && top < 200, "the heading is scrolled to the top, below the sticky header: " + top);
    }

    @Test
    void onAPhoneTheSidebarIsADrawerOpenedByTheMenuButton() {
        browser.viewport(Browser.PHONE);
        browser.open(CHAPTER);
        WebElement sidebar = browser.find("#sidebar");
        WebElement toggle = browser.find(".nav-toggle");
        assertFalse(sidebar.isDisplayed(), "the sidebar is hidden on a phone");
        assertTrue(toggle.isDisplayed());
        assertEquals("false", toggle.getAttribute("aria-expanded"));

        toggle.click();
        browser.waitUntil(ExpectedConditions.visibilityOf(sidebar));
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        browser.waitForScript("return arguments[0].getBoundingClientRect().left === 0", sidebar); // slid in
        assertEquals(List.of(56L, 844L), browser.js("var r = arguments[0].getBoundingClientRect();"
                + " return [Math.round(r.top), Math.round(r.bottom)]", sidebar), "the drawer fills the space below the header");
        assertTrue((Boolean) browser.js("return arguments[0].scrollHeight > arguments[0].clientHeight", sidebar),
                "the drawer scrolls: the chapter list is longer than a phone screen");

        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitUntil(ExpectedConditions.invisibilityOf(sidebar));
        assertEquals("false", toggle.getAttribute("aria-expanded"));

        toggle.click();
        browser.waitForScript("return arguments[0].getBoundingClientRect().left === 0", sidebar);
        WebElement next = browser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#sidebar a[href='../cloud/cloud-fundamentals.html']")));
        next.click();
        assertEquals("cloud/cloud-fundamentals.html", browser.location());
        assertFalse(browser.find("#sidebar").isDisplayed(), "the drawer is closed on the new page");
    }
}
