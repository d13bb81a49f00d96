package handbook.browser;

import handbook.pages.ContentSecurityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page carries the strict policy, and the site works under it: every page loads, theme toggle, glossary
 * tooltips, search popup and results page, with no console message (a CSP violation is logged as SEVERE, which
 * {@link HandbookSite} turns into a failure after each test).
 */
@ExtendWith(HandbookSite.class)
class ContentSecurityPolicyIT {
    private final Browser browser;

    ContentSecurityPolicyIT(Browser browser) {
        this.browser = browser;
    }

    @Test
    void everyPageCarriesThePolicyAndLoadsWithoutAViolation() {
        for (String page : browser.site().htmlPages()) {
            if (page.equals("404.html")) {
                browser.allowConsoleError("404 (Not Found)");
            }
            browser.open(page);
            String policy = browser.js("var m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]');"
                    + " return m && m === document.head.children[1] ? m.content : null");
            assertTrue(policy != null && policy.startsWith(ContentSecurityPolicy.BASE), page + ": " + policy);
            List<String> errors = browser.takeConsoleErrors();
            assertEquals(List.of(), errors, page);
        }
    }

    @Test
    void themeTooltipsAndSearchWorkUnderThePolicy() {
        browser.open("core/advanced-sql.html");
        browser.find(".theme-toggle").click();
        assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"));
        WebElement term = browser.find("article a.term");
        new Actions(browser.driver()).moveToElement(term).perform();
        browser.waitForScript("var t = document.querySelector('.term-tooltip, [role=tooltip]');"
                + " return t && !t.hidden && t.textContent.length > 0");
        WebElement input = browser.find("#search-input");
        input.click();
        input.sendKeys("window functions");
        browser.waitForScript("var p = document.getElementById('search-popup'); return !p.hidden && p.querySelector('a')");
        input.sendKeys(Keys.ESCAPE);
        input.sendKeys(Keys.ENTER);
        browser.waitForScript("return location.pathname.endsWith('/search.html') && document.querySelector('main a[href*=\"#\"]')");
        assertTrue(browser.location().startsWith("search.html?q=window%20functions"), browser.location());
    }
}
