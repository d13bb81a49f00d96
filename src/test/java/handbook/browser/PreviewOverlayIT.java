package handbook.browser;

import handbook.bake.JBakeOven;
import handbook.build.BuildConfig;
import handbook.build.BuildFailedException;
import handbook.build.FixtureProject;
import handbook.build.SiteBuild;
import handbook.build.TestDirs;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import handbook.preview.Preview;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The author's preview in Chromium, against the real preview (server, watcher, builds of a fixture project): a chapter
 * broken while its page is open shows every problem over the last good page; fixing the file reloads the page and
 * the overlay is gone. The preview's scripts never end up in the built site.
 */
class PreviewOverlayIT {
    private static final Duration REBUILD = Duration.ofSeconds(90); // two shared cores, a cold JVM

    @Test
    void aBrokenChapterShowsItsProblemsOverTheLastGoodPageUntilItIsFixed() throws Exception {
        Path project = FixtureProject.create(TestDirs.fresh("preview-overlay"));
        Path site = project.resolve("target/site");
        BuildConfig config = BuildConfig.load(project, site, "/handbook");
        JBakeOven oven = new JBakeOven();
        Preview.Builder builder = changed -> {
            try {
                return new Preview.Outcome(true, new SiteBuild(config, oven).run().warnings());
            } catch (BuildFailedException e) {
                return new Preview.Outcome(false, e.problems());
            }
        };
        Path chapter = project.resolve("content/alpha/first.adoc");
        String good = Files.readString(chapter);
        try (Preview preview = Preview.start(project, site, "/handbook", 0, builder);
             Browser browser = Browser.start(ServedSite.ofPreview(site, "/handbook", preview.server()))) {
            WebDriverWait wait = new WebDriverWait(browser.driver(), REBUILD, Duration.ofMillis(100));
            browser.open("alpha/first.html");
            String title = browser.find("h1").getText();
            assertEquals("First Chapter", title);
            assertTrue(browser.findAll(".preview-overlay").isEmpty());

            Files.writeString(chapter, good.replace("A term:star-schema[] puts facts in the middle.",
                    "A term:no-such-term[] puts {no-such-attribute} facts in the middle."));
            WebElement overlay = wait.until(d -> d.findElements(By.cssSelector(".preview-overlay")).stream().findFirst().orElse(null));
            assertEquals("alertdialog", overlay.getAttribute("role"));
            List<String> items = overlay.findElements(By.cssSelector("li")).stream().map(WebElement::getText).toList();
            assertTrue(items.stream().anyMatch(i -> i.startsWith("content/alpha/first.adoc:9: ") && i.contains("no-such-term")), items.toString());
            assertTrue(items.stream().anyMatch(i -> i.startsWith("content/alpha/first.adoc:9: ") && i.contains("no-such-attribute")), items.toString());
            assertTrue(overlay.findElement(By.cssSelector("h2")).getText().startsWith("The rebuild failed: "));
            WebElement close = overlay.findElement(By.cssSelector("button"));
            assertEquals(close, browser.driver().switchTo().activeElement(), "the close button has the focus");
            assertEquals(title, browser.find("h1").getText(), "the last good page stays underneath");
            Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .include(".preview-overlay").disableIframeTesting().analyze(browser.driver());
            assertEquals(List.of(), axe.getViolations().stream().map(r -> r.getId() + ": " + r.getNodes().stream()
                    .map(n -> n.getHtml()).toList()).toList(), "the overlay passes axe-core's WCAG 2.1 A/AA rules");
            assertTrue(Files.readString(site.resolve("alpha/first.html")).contains("star-schema"), "the last good site is served");

            Files.writeString(chapter, good.replace("puts facts in the middle.", "puts the facts in the middle."));
            wait.until(d -> d.findElements(By.cssSelector(".preview-overlay")).isEmpty()
                    && ((String) ((JavascriptExecutor) d).executeScript("return document.body.textContent")).contains("puts the facts"));
            assertEquals(title, browser.find("h1").getText());

            Files.writeString(chapter, good.replace("puts facts", "puts {again-missing} facts"));
            WebElement again = wait.until(d -> d.findElements(By.cssSelector(".preview-overlay")).stream().findFirst().orElse(null));
            again.findElement(By.cssSelector("button")).click();
            assertTrue(browser.findAll(".preview-overlay").isEmpty(), "Close dismisses the overlay");
            Thread.sleep(1000);
            assertTrue(browser.findAll(".preview-overlay").isEmpty(), "a dismissed overlay stays closed while the problems are the same");
            assertEquals(List.of(), browser.takeConsoleErrors());
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".js") || name.endsWith(".css")) {
                    assertFalse(Files.readString(f).contains("__preview"), f + " carries preview code");
                }
            }
        }
    }
}
