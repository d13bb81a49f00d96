package handbook.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The theme toggle is remembered across pages; a missing deep URL shows a working 404 page under the sub-path. */
@ExtendWith(HandbookSite.class)
class ThemeAnd404IT {
    private static final String MISSING = "no/such/page.html";
    private static final String NOT_FOUND_LOG = "%s - Failed to load resource: the server responded with a status of 404 (Not Found)";

    private final Browser browser;

    ThemeAnd404IT(Browser browser) {
        this.browser = browser;
    }

    @Test
    void theThemeToggleSetsDataThemeAndIsRememberedOnTheNextPages() {
        browser.open("big-data/kafka-fundamentals.html");
        assertNull(browser.js("return document.documentElement.getAttribute('data-theme')"), "follows the system at first");
        WebElement toggle = browser.find(".theme-toggle");
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        String lightBackground = background();

        toggle.click();
        assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"));
        assertEquals("dark", browser.js("return localStorage.getItem('handbook-theme')"));
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertEquals("rgb(18, 20, 23)", background());

        browser.find(".prev-next a.next").click();
        assertEquals("big-data/kafka-ecosystem.html", browser.location());
        assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"));
        assertEquals("true", browser.find(".theme-toggle").getAttribute("aria-pressed"));
        assertEquals("rgb(18, 20, 23)", background());

        browser.find(".theme-toggle").click();
        browser.driver().navigate().refresh();
        assertEquals("light", browser.js("return document.documentElement.getAttribute('data-theme')"));
        assertEquals("light", browser.js("return localStorage.getItem('handbook-theme')"));
        assertEquals(lightBackground, background());
        assertEquals("rgb(255, 255, 255)", background());
    }

    private String background() {
        return browser.js("return getComputedStyle(document.body).backgroundColor");
    }

    @Test
    void aMissingDeepUrlShowsTheStyled404PageWhoseLinksWork() {
        browser.open(MISSING);
        assertEquals(List.of(NOT_FOUND_LOG.formatted(browser.site().url(MISSING))), browser.takeConsoleErrors(),
                "the 404 status is the only console error (and proves the console is watched)");
        browser.allowConsoleError(NOT_FOUND_LOG.formatted(browser.site().url(MISSING)));
        assertEquals(MISSING, browser.location(), "the address stays the missing one");
        assertEquals("Page not found", browser.find("article h1").getText());
        assertEquals("sticky", browser.js("return getComputedStyle(document.querySelector('.site-header')).position"),
                "the stylesheet loaded through <base href>");
        assertEquals(browser.site().url("index.html"), browser.find(".brand").getAttribute("href"));

        browser.find("article").findElement(By.linkText("glossary")).click();
        assertEquals("glossary.html", browser.location());
        assertEquals("Glossary", browser.find("article h1").getText());

        browser.open(MISSING);
        browser.find("article").findElement(By.linkText("home page")).click();
        assertEquals("index.html", browser.location());
    }

    @Test
    void theSkipLinkOfThe404PageStaysOnThePage() {
        browser.allowConsoleError(NOT_FOUND_LOG.formatted(browser.site().url(MISSING)));
        browser.open(MISSING);
        browser.find("body").sendKeys(Keys.TAB); // the first Tab reaches the skip link
        WebElement skip = browser.driver().switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        skip.sendKeys(Keys.ENTER);
        assertEquals(MISSING + "#main", browser.location(), "<base href> must not turn #main into the home page");
        assertEquals("Page not found", browser.find("article h1").getText());
    }
}
