package handbook.security;

import handbook.bake.JBakeOven;
import handbook.browser.Browser;
import handbook.browser.ServedSite;
import handbook.build.TestDirs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile corpus's inert site in Chromium: on every page, after load, hovering, focusing and clicking every
 * element (events dispatched to each, links kept from navigating), no dialog opens and the console stays clean (a
 * blocked inline handler would show there as a CSP violation). Search, highlight and glossary filter get markup too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCorpusIT {
    /** Records dialogs instead of opening them, and keeps clicks from leaving the page. */
    private static final String ARM = "window.__dialogs = [];"
            + "['alert','confirm','prompt','print'].forEach(function (n) { var o = window[n];"
            + " window[n] = function (x) { window.__dialogs.push(n + '(' + x + ')'); }; });"
            + "document.addEventListener('click', function (e) { e.preventDefault(); }, true);";
    private static final String POKE = "var n = 0; document.querySelectorAll('body *').forEach(function (el) {"
            + " ['mouseover','mouseenter','mousemove','mousedown','mouseup','focus','focusin','blur','click','dblclick',"
            + "  'keydown','input','toggle','animationstart','transitionend','load','error'].forEach(function (t) {"
            + "  try { el.dispatchEvent(new Event(t, {bubbles: true})); } catch (e) {} });"
            + " if (el.focus) { try { el.focus(); } catch (e) {} } n++; }); return n;";

    private ServedSite site;
    private Browser browser;

    @BeforeAll
    void start() {
        Path dir = HostileCorpus.buildInertSite(TestDirs.fresh("hostile-it"), new JBakeOven());
        site = ServedSite.of(dir, "/handbook");
        browser = Browser.start(site);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    private List<String> dialogs() {
        List<String> found = new ArrayList<>(browser.js("return window.__dialogs || []"));
        try {
            found.add("native dialog: " + browser.driver().switchTo().alert().getText());
        } catch (NoAlertPresentException expected) {
            // none open
        }
        return found;
    }

    @Test
    void noPageOpensADialogOnLoadHoverFocusOrClick() {
        for (String page : site.htmlPages()) {
            browser.allowConsoleError("404 (Not Found)");
            browser.open(page);
            assertEquals(List.of(), dialogs(), page + " on load");
            browser.js(ARM);
            long poked = browser.js(POKE);
            assertTrue(poked > 10, page);
            // A real pointer over the links and images too (the dispatched events above reached every element).
            for (WebElement el : browser.findAll("article a[href], article img").stream().limit(60).toList()) {
                try {
                    new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(el).perform();
                } catch (RuntimeException notInteractable) {
                    // hidden or zero-size: the dispatched events above reached it
                }
            }
            assertEquals(List.of(), dialogs(), page + " after hover, focus and click");
            assertEquals(List.of(), browser.takeConsoleErrors().stream().filter(e -> !e.contains("404 (Not Found)")).toList(), page);
            assertEquals(0L, (long) browser.js("return document.querySelectorAll('*').length - "
                    + "Array.from(document.querySelectorAll('*')).filter(function (e) { return !Array.from(e.attributes)"
                    + ".some(function (a) { return /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value); }); }).length"), page);
        }
    }

    @Test
    void searchHighlightAndFilterShowMarkupAsText() {
        browser.open("alpha/inert.html?highlight=%3Cimg%20src%3Dx%20onerror%3Dalert(7)%3E");
        browser.js(ARM);
        WebElement input = browser.find("#search-input");
        input.click();
        input.sendKeys("Heading 133 T131 <img src=x onerror=alert(5)>");
        browser.waitForScript("var p = document.getElementById('search-popup'); return !p.hidden");
        input.sendKeys(Keys.ESCAPE);
        assertEquals(List.of(), dialogs());
        browser.open("search.html?q=%3Cimg%20src%3Dx%20onerror%3Dalert(6)%3E%22'");
        browser.js(ARM);
        browser.js(POKE);
        assertEquals(List.of(), dialogs());
        browser.open("glossary.html?filter=%3Cimg%20src%3Dx%20onerror%3Dalert(8)%3E");
        browser.js(ARM);
        browser.js(POKE);
        assertEquals(List.of(), dialogs());
        assertEquals(List.of(), browser.takeConsoleErrors());
    }

    @Test
    void theNotFoundPagesSameSiteLinksStayOnTheSite() {
        browser.allowConsoleError("404 (Not Found)");
        browser.driver().get(site.origin() + "//evil.example/landing");
        String skip = browser.js("return document.querySelector('a.skip-link').href");
        assertTrue(skip.startsWith(site.origin() + "/"), skip);
        assertEquals(List.of(), browser.takeConsoleErrors().stream().filter(e -> !e.contains("404 (Not Found)")).toList());
    }
}
