package handbook.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search as a reader uses it: the header box (results as you type, arrow keys, Enter, highlighted words on the
 * target page), the results page, typos, and input that must neither break nor inject anything.
 */
@ExtendWith(HandbookSite.class)
class SearchIT {
    private static final String CHAPTER = "big-data/kafka-fundamentals.html";
    private static final String SECTION = "big-data/kafka-fundamentals.html#consumers-and-consumer-groups";
    private static final List<String> HOSTILE = List.of("foo:", "<script>alert(1)</script>", "~2",
            "<img src=x onerror=alert(1)>", "*", "hello^", "-", "\"", "title:kafka", "+foo -bar");

    private final Browser browser;

    SearchIT(Browser browser) {
        this.browser = browser;
    }

    @Test
    void typingInTheHeaderBoxShowsResultsWithTheWordsMarked() {
        browser.open(CHAPTER);
        List<WebElement> options = type("consumer group");
        List<WebElement> hits = browser.findAll("#search-popup a.search-hit:not(.search-all)");
        assertEquals(9, options.size(), "8 results and the link to all of them");
        assertEquals(options.subList(0, 8), hits);
        assertEquals("true", input().getAttribute("aria-expanded"));
        assertEquals("listbox", browser.find("#search-popup").getAttribute("role"));
        waitForSnippets("#search-popup");
        for (WebElement option : hits) {
            List<String> marked = option.findElements(By.cssSelector("mark")).stream()
                    .map(e -> e.getText().toLowerCase().replaceFirst("^\\W+", "")).toList();
            assertFalse(marked.isEmpty(), "every result shows why it matched: no <mark> in " + option.getText());
            assertTrue(marked.stream().allMatch(m -> m.startsWith("consum") || m.startsWith("group")), marked.toString());
        }
        assertTrue(hits.stream().anyMatch(o -> o.getAttribute("href").contains(SECTION.substring(SECTION.indexOf('#')))),
                "the consumer groups section is among the results");
        WebElement all = browser.find("#search-popup a.search-all");
        assertEquals(options.get(8), all);
        assertEquals(browser.site().url("search.html?q=consumer%20group"), all.getAttribute("href"));
        assertTrue(all.getText().matches("All \\d+ results"), all.getText());
    }

    @Test
    void arrowKeysMoveTheSelectionAndEnterOpensTheSectionWithTheWordsHighlighted() {
        browser.open("index.html");
        List<WebElement> options = type("consumer group");
        WebElement input = input();
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(List.of(0), selected(options));
        assertEquals("search-option-0", input.getAttribute("aria-activedescendant"));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals(List.of(2), selected(options));
        input.sendKeys(Keys.ARROW_UP);
        assertEquals(List.of(1), selected(options));
        assertEquals("search-option-1", input.getAttribute("aria-activedescendant"));
        input.sendKeys(Keys.ARROW_UP, Keys.ARROW_UP);
        assertEquals(List.of(options.size() - 1), selected(options), "the selection wraps around");
        input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals(List.of(1), selected(options));

        String target = options.get(1).getAttribute("href");
        assertTrue(target.contains("?highlight=consumer%20group"), target);
        input.sendKeys(Keys.ENTER);
        browser.waitUntil(ExpectedConditions.urlToBe(target));
        browser.waitForScript("return document.querySelectorAll('mark.search-highlight').length > 0");
        List<String> marks = browser.js("return Array.from(document.querySelectorAll('mark.search-highlight'),"
                + " m => m.textContent.toLowerCase().replace(/^\\W+/, ''))");
        assertTrue(marks.stream().allMatch(m -> m.startsWith("consum") || m.startsWith("group")), marks.toString());
        assertTrue(browser.find(".highlight-bar").isDisplayed());

        browser.find("body").sendKeys(Keys.ESCAPE);
        assertEquals(0L, count("mark.search-highlight"));
        assertTrue(browser.findAll(".highlight-bar").isEmpty(), "the bar goes with the marks");
    }

    @Test
    void withoutResultsThePopupSaysSoAsAStatus() {
        browser.open("index.html");
        type("kafka");
        input().sendKeys(Keys.ARROW_DOWN);
        assertEquals("search-option-0", input().getAttribute("aria-activedescendant"));
        input().sendKeys(Keys.chord(Keys.CONTROL, "a"), "qqxqzzv");
        waitForPopupOf("qqxqzzv");
        assertEquals("No results for “qqxqzzv”.", browser.find("#search-popup .search-empty").getText());
        assertEquals("status", browser.find("#search-popup").getAttribute("role"));
        assertEquals(null, input().getAttribute("aria-activedescendant"), "no stale reference to a removed option");
        input().sendKeys(Keys.ENTER);
        assertEquals("search.html?q=qqxqzzv", browser.location(), "Enter without options submits the form");
        browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector(".search-status"), "No results for “qqxqzzv”."));
    }

    @Test
    void escapeInTheBoxClosesThePopup() {
        browser.open("index.html");
        type("kafka");
        input().sendKeys(Keys.ESCAPE);
        assertFalse(browser.find("#search-popup").isDisplayed());
        assertEquals("false", input().getAttribute("aria-expanded"));
    }

    @Test
    void theResultsPageListsSectionsInRankOrder() {
        browser.open("search.html?q=consumer%20group");
        List<WebElement> links = results();
        assertTrue(links.size() >= 5, "results: " + links.size());
        List<String> shown = links.stream().map(a -> page(a.getAttribute("href"))).toList();
        assertEquals("glossary.html#term-consumer-group", shown.get(0), "the glossary term comes first: " + shown);
        assertTrue(shown.subList(0, 10).contains(SECTION), "the consumer groups section is a top match: " + shown);
        assertEquals(ranking("consumer group", links.size()), shown, "lunr's score order");
        String status = browser.find(".search-status").getText();
        assertTrue(status.matches("\\d+ results for “consumer group”, 1–20 shown\\."), status);
        assertEquals(20, links.size(), "the first page lists the best 20");
        assertEquals("consumer group", browser.find("#search-page-input").getAttribute("value"));
        for (WebElement link : links.subList(0, 15)) { // snippets from further in a section load as they come into view
            browser.js("arguments[0].scrollIntoView({block: 'center'})", link);
            browser.waitForScript("return arguments[0].querySelector('[data-source=pending]') === null", link);
            assertFalse(link.findElements(By.cssSelector("mark")).isEmpty(), "no <mark> in " + link.getText());
        }
    }

    /** Every result can be reached: the results page is paged, 20 a page, in rank order, the pages linked. */
    @Test
    void theResultsPagePaginatesAllResults() {
        browser.open("search.html?q=scd%20type%202");
        List<WebElement> first = results();
        String status = browser.find(".search-status").getText();
        int total = Integer.parseInt(status.substring(0, status.indexOf(' ')));
        assertTrue(total > 100, status);
        assertEquals(20, first.size());
        int pages = (total + 19) / 20;
        List<String> ranking = ranking("scd type 2", total);
        assertEquals(total, ranking.size());
        assertEquals("Page 1", browser.find(".search-pages [aria-current=page]").getAttribute("aria-label"));
        assertEquals(browser.site().url("search.html?q=scd%20type%202&page=" + pages),
                browser.find(".search-pages a[aria-label='Page " + pages + "']").getAttribute("href"), "the last page is linked");
        assertTrue(browser.driver().getTitle().startsWith("“scd type 2” · Search"), browser.driver().getTitle());

        browser.find(".search-pages a[rel=next]").click();
        List<WebElement> second = resultsShown(21, 40);
        assertEquals("search.html?q=scd%20type%202&page=2", browser.location());
        assertEquals(ranking.subList(20, 40), second.stream().map(a -> page(a.getAttribute("href"))).toList());
        assertEquals("21", browser.find(".search-results-list").getAttribute("start"), "numbered on from the first page");
        assertTrue(browser.find(".search-status").getText().endsWith(", 21–40 shown."));

        browser.find(".search-pages a[aria-label='Page " + pages + "']").click();
        List<WebElement> last = resultsShown((pages - 1) * 20 + 1, total);
        assertEquals(ranking.subList((pages - 1) * 20, total), last.stream().map(a -> page(a.getAttribute("href"))).toList(),
                "the tail is reachable, nothing silently cut");
        assertTrue(browser.findAll(".search-pages a[rel=next]").isEmpty());
    }

    /** A result that lands on the questions opens the model answer that holds the words, and no other. */
    @Test
    void aHitInsideAModelAnswerOpensThatAnswer() {
        browser.open("big-data/kafka-fundamentals.html?highlight=murmur2#interview-questions");
        browser.waitForScript("return document.querySelector('details[open]') !== null");
        List<WebElement> open = browser.findAll("#interview-questions ~ .sectionbody details[open]");
        assertEquals(1, open.size());
        assertTrue(open.get(0).getText().contains("murmur2"), open.get(0).getText());
        assertFalse(open.get(0).findElements(By.cssSelector("mark.search-highlight")).isEmpty());
        assertEquals(Boolean.TRUE, browser.js("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight", open.get(0)), "scrolled to the answer");

        browser.open("big-data/kafka-fundamentals.html?highlight=rebalance#interview-questions");
        browser.waitForScript("return document.querySelector('details[open]') !== null");
        open = browser.findAll("#interview-questions ~ .sectionbody details[open]");
        assertEquals(1, open.size(), "the answer with the most matches, not every answer with one");
        assertTrue(open.get(0).findElements(By.cssSelector("mark.search-highlight")).size() > 1);
    }

    /**
     * The first search never blocks the page: the index is fetched and rebuilt in the worker, so no task on the
     * main thread takes over 200 ms while the reader types, and results appear while typing goes on.
     */
    @Test
    void theFirstSearchHasNoLongTaskOnThePage() {
        browser.open(CHAPTER);
        browser.js("""
                window.__long = [];
                new PerformanceObserver(list => list.getEntries().forEach(e => window.__long.push(
                    {start: e.startTime, ms: e.duration}))).observe({type: 'longtask'});
                window.__typed = null;
                document.getElementById('search-input').addEventListener('keydown',
                    () => { if (window.__typed === null) window.__typed = performance.now(); });
                new MutationObserver(() => {
                  if (!window.__shown && document.querySelector('#search-popup a.search-hit')) window.__shown = performance.now();
                }).observe(document.getElementById('search-popup'), {childList: true});
                """);
        input().click();
        for (char c : "kafka rebalance".toCharArray()) {
            input().sendKeys(String.valueOf(c));
            browser.js("return new Promise(r => setTimeout(r, 110))"); // a reader's pace
        }
        waitForPopupOf("kafka rebalance");
        List<?> longTasks = browser.js("return window.__long.filter(t => t.start >= window.__typed - 50).map(t => Math.round(t.ms))");
        assertTrue(longTasks.stream().allMatch(ms -> ((Number) ms).longValue() <= 200), "long tasks while typing: " + longTasks);
        Number firstResults = browser.js("return window.__shown - window.__typed");
        System.out.printf("Chromium: first keystroke to first results %.0f ms; long tasks %s%n", firstResults.doubleValue(), longTasks);
        assertEquals(Boolean.TRUE, browser.js("return window.lunr !== undefined && window.LunrCompact === undefined"),
                "the page has lunr.js only to mark words; the index lives in the worker");
    }

    @Test
    void aTypoStillFindsTheWord() {
        for (String[] typo : new String[][] {{"kafak", "kafka"}, {"idempotancy", "idempot"}}) {
            browser.open("search.html?q=" + typo[0]);
            List<WebElement> links = results();
            assertFalse(links.isEmpty(), typo[0]);
            String marked = String.join(" ", links.get(0).findElements(By.cssSelector("mark")).stream()
                    .map(e -> e.getText().toLowerCase()).toList());
            assertTrue(marked.contains(typo[1]), typo[0] + " → " + marked);
        }
    }

    @Test
    void hostileInputInTheBoxNeitherFailsNorInjects() {
        browser.open(CHAPTER);
        type("kafka");
        long images = count("img");
        long scripts = count("script");
        for (String text : HOSTILE) {
            clear();
            input().sendKeys(text);
            waitForPopupOf(text); // the text comes back literally, as text
            assertNoAlert(text);
            assertEquals(images, count("img"), text);
            assertEquals(scripts, count("script"), text);
            assertEquals(0L, count("#search-popup *:not(a, span, mark, p)"), text);
        }
    }

    @Test
    void hostileInputOnTheResultsPageNeitherFailsNorInjects() {
        for (String text : HOSTILE) {
            browser.open("search.html?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            browser.waitForScript("var s = document.querySelector('.search-status').textContent; return s && s !== 'Searching…'");
            String status = browser.find(".search-status").getText();
            assertTrue(status.contains("“" + text + "”"), text + " → " + status);
            assertNoAlert(text);
            assertEquals(0L, count("article img, article script, .search-results-list :not(li, a, span, mark)"), text);
            assertEquals(text, browser.find("#search-page-input").getAttribute("value"));
        }
    }

    /**
     * A result whose stored opening words have no match gets its snippet from the section's whole text, fetched
     * then and only for the page it is on; before that nothing of the texts is loaded.
     */
    @Test
    void snippetsComeFromFurtherInTheSectionWhenTheOpeningHasNoMatch() {
        browser.open(CHAPTER);
        input().click();
        browser.waitForScript("return !!window.HandbookSearch");
        assertEquals(0L, textFilesFetched(), "no section text before a result needs one");
        type("high watermark");
        waitForSnippets("#search-popup");
        List<WebElement> whole = browser.findAll("#search-popup .search-hit-snippet[data-source=whole]");
        assertFalse(whole.isEmpty(), "some result matched beyond its opening words");
        for (WebElement snippet : whole) {
            assertTrue(snippet.getText().startsWith("…"), "a snippet from inside the text: " + snippet.getText());
            assertFalse(snippet.findElements(By.cssSelector("mark")).isEmpty(), snippet.getText());
        }
        long files = textFilesFetched();
        assertTrue(files >= 1 && files <= whole.size(), files + " text files for " + whole.size() + " snippets");
    }

    /** Indexed text is only ever inserted as text: markup in titles, paths and section texts shows literally. */
    @Test
    void markupInIndexedTextShowsAsText() {
        browser.open(CHAPTER);
        // Through fetch, every stored title and path gets markup in front, and every whole text before "watermark".
        browser.js("""
                var img = '<img src=x onerror=__injected=1>', script = '<script>__injected=2</script>';
                var realFetch = window.fetch;
                window.fetch = function (url) {
                  return realFetch.apply(this, arguments).then(function (r) {
                    if (!/search-(store|text)/.test(String(url))) { return r; }
                    return r.json().then(function (data) {
                      var docs = data.docs || data;
                      Object.keys(docs).forEach(function (ref) {
                        if (typeof docs[ref] === 'string') {
                          docs[ref] = docs[ref].replace(/watermark/gi, img + ' $&');
                        } else {
                          docs[ref].t = script + docs[ref].t;
                          docs[ref].p = img + docs[ref].p;
                        }
                      });
                      return new Response(JSON.stringify(data));
                    });
                  });
                };
                """);
        type("consumer group");
        waitForSnippets("#search-popup");
        String first = browser.find("#search-popup a.search-hit").getText();
        assertTrue(first.contains("<script>__injected=2</script>") && first.contains("<img src=x onerror=__injected=1>"),
                "the markup shows as text: " + first);
        assertNothingInjected();
        clear();
        input().sendKeys("watermark");
        waitForPopupOf("watermark");
        waitForSnippets("#search-popup");
        List<WebElement> whole = browser.findAll("#search-popup .search-hit-snippet[data-source=whole]");
        assertFalse(whole.isEmpty());
        for (WebElement snippet : whole) {
            assertTrue(snippet.getText().contains("<img src=x onerror=__injected=1>"), snippet.getText());
        }
        assertNothingInjected();
    }

    private void assertNothingInjected() {
        assertEquals(0L, count("#search-popup img, #search-popup script"));
        assertEquals(0L, count("#search-popup *:not(a, span, mark, p)"));
        assertEquals("none", browser.<Object>js("return window.__injected === undefined ? 'none' : String(window.__injected)"));
    }

    private WebElement input() {
        return browser.find("#search-input");
    }

    /** Types into the header box and waits for the result options of the whole text. */
    private List<WebElement> type(String text) {
        input().click();
        input().sendKeys(text);
        waitForPopupOf(text);
        return browser.findAll("#search-popup [role='option']");
    }

    /** Waits until the popup shows the outcome for exactly this text (not for a prefix typed on the way). */
    private void waitForPopupOf(String text) {
        browser.waitForScript("""
                var popup = document.getElementById('search-popup'), text = arguments[0];
                if (popup.hidden) return false;
                var all = popup.querySelector('a.search-all'), empty = popup.querySelector('.search-empty');
                return (all && all.getAttribute('href').endsWith('search.html?q=' + encodeURIComponent(text)))
                    || (empty && empty.textContent === 'No results for “' + text + '”.');
                """, text);
    }

    /** Waits until no snippet under the selector is still waiting for a section's whole text. */
    private void waitForSnippets(String container) {
        browser.waitForScript("return document.querySelector(arguments[0] + ' [data-source=pending]') === null", container);
    }

    private long textFilesFetched() {
        return browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => /\\/search-text\\/[0-9a-f]+\\.json$/.test(e.name)).length");
    }

    private void clear() {
        input().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#search-popup")));
    }

    private List<Integer> selected(List<WebElement> options) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if ("true".equals(options.get(i).getAttribute("aria-selected"))) {
                at.add(i);
            }
        }
        return at;
    }

    /**
     * The index the reader's browser searches is the one lunr.js builds: Chromium's lunr, given the compact form
     * the site ships, serialises byte for byte to lunr's JSON that the build wrote beside the site (which
     * {@code SiteIndexIdentityIT} proves equal to lunr.js under Node building from the original documents).
     */
    @Test
    void theIndexChromiumsLunrBuildsFromTheCompactFormIsLunrsOwn() throws IOException {
        browser.open(CHAPTER);
        input().click(); // starts the search worker, which loads lunr.js, the decoder and the index
        assertEquals(Boolean.TRUE, browser.js("return window.LunrCompact === undefined"), "the page itself never rebuilds the index");
        Object out = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[0];
                window.HandbookSearchWorker.ask({type: 'serialise'})
                  .then(r => done({ms: r.ms, json: r.json}))
                  .catch(e => done({error: String(e)}));
                """);
        assertTrue(out instanceof Map<?, ?>, String.valueOf(out));
        Map<?, ?> result = (Map<?, ?>) out;
        assertFalse(result.containsKey("error"), String.valueOf(result.get("error")));
        Path lunrJson = browser.site().dir().resolveSibling("search-index.lunr.json");
        String expected = Files.readString(lunrJson, StandardCharsets.UTF_8);
        String actual = (String) result.get("json");
        assertTrue(expected.length() > 500_000, "the whole handbook's index: " + expected.length());
        if (!expected.equals(actual)) {
            int at = 0;
            while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
                at++;
            }
            throw new AssertionError("Chromium's index differs from " + lunrJson + " at char " + at + ": …"
                    + actual.substring(Math.max(0, at - 80), Math.min(actual.length(), at + 80)));
        }
        System.out.printf("Chromium: lunr built the index from its compact form in the search worker in %.0f ms%n",
                ((Number) result.get("ms")).doubleValue());
    }

    /** The results once the page showing results {@code from}–{@code to} has replaced the previous one. */
    private List<WebElement> resultsShown(int from, int to) {
        String suffix = ", " + from + "–" + to + " shown.";
        browser.waitForScript("return document.querySelector('.search-status').textContent.endsWith(arguments[0])", suffix);
        return browser.findAll(".search-results-list a.search-result");
    }

    private List<WebElement> results() {
        browser.waitForScript("return document.querySelector('.search-status').textContent.indexOf('result') >= 0");
        return browser.findAll(".search-results-list a.search-result");
    }

    /** The site-relative page and section of a result link, without the highlight parameter. */
    private String page(String href) {
        return browser.site().relative(href).replaceFirst("\\?highlight=[^#]*", "");
    }

    /**
     * The ranking the search code itself gives (search-core.js, loaded by the page) over the site's own index and
     * store: the page must list exactly that order, not rearranged or cut short.
     */
    private List<String> ranking(String query, int n) {
        Object urls = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var query = arguments[0], n = arguments[1], done = arguments[2];
                var root = document.documentElement.getAttribute('data-root');
                var decoder = new Promise((resolve, reject) => {
                  var s = document.createElement('script');
                  s.src = root + 'js/lunr-compact.js';
                  s.onload = resolve;
                  s.onerror = reject;
                  document.head.appendChild(s);
                });
                // the page's worker has the index; the test rebuilds its own on the page, from the same files
                decoder.then(() => window.HandbookSearchWorker.load()).then(() => Promise.all([fetch(root + 'search-index.json').then(r => r.json()),
                             fetch(root + 'search-store.json').then(r => r.json())]))
                  .then(([index, store]) => {
                    var results = window.HandbookSearch.run(window.LunrCompact.load(lunr, index), query).results;
                    done(results.slice(0, n).map(r => store.docs[r.ref].u));
                  })
                  .catch(e => done('error: ' + e));
                """, query, n);
        assertTrue(urls instanceof List<?>, String.valueOf(urls));
        return ((List<?>) urls).stream().map(String::valueOf).toList();
    }

    private long count(String css) {
        return browser.js("return document.querySelectorAll(arguments[0]).length", css);
    }

    private void assertNoAlert(String text) {
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), "an alert opened for " + text);
    }
}
