package handbook.runner;

import handbook.build.Problems;
import handbook.examples.CheckedExample;
import handbook.pages.RenderedPage;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds a page's rendered checked SQL listings (Asciidoctor's {@code div.listingblock} with the
 * {@code check-*} role our tree processor adds, around {@code code[data-lang=sql]}) and pairs them, in order, with
 * the chapter source's listings, checking that each shows the same code.
 */
final class RenderedListings {

    /** The attribute that names a listing's index in the page's {@code runner/*.json}. */
    static final String INDEX_ATTRIBUTE = "data-sql-listing";

    private RenderedListings() {}

    /**
     * Marks the listings (a listing that cannot run in the browser gets its reason instead); returns false (with a problem
     * at the chapter's line) when they do not pair up.
     */
    static boolean mark(RenderedPage page, RunnableListings listings, Problems problems) {
        List<Element> blocks = page.html().select("div.listingblock.check-setup, div.listingblock.check-result, "
                + "div.listingblock.check-error").stream()
                .filter(b -> b.selectFirst("> .content > pre > code[data-lang=sql]") != null)
                .toList();
        List<CheckedExample> source = listings.listings();
        if (blocks.size() != source.size()) {
            problems.error(listings.file(), source.get(0).line(), "the SQL runner found " + blocks.size()
                    + " rendered checked SQL listings in " + page.uri() + " but the chapter has " + source.size());
            return false;
        }
        for (int i = 0; i < blocks.size(); i++) {
            String shown = shownCode(blocks.get(i));
            if (!normalised(shown).equals(normalised(source.get(i).code()))) {
                problems.error(listings.file(), source.get(i).line(), "the SQL runner's listing " + (i + 1)
                        + " does not show the code the chapter has there (rendered: '" + firstLine(shown) + "')");
                return false;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            String skip = listings.browserSkip(i);
            if (skip == null) {
                blocks.get(i).attr(INDEX_ATTRIBUTE, Integer.toString(i));
            } else {
                blocks.get(i).appendElement("p").addClass("sql-runner-skip")
                        .text("Not runnable in the browser: " + skip);
            }
        }
        return true;
    }

    /** The code a reader sees, without Asciidoctor's callout markers. */
    private static String shownCode(Element block) {
        Element code = block.selectFirst("> .content > pre > code").clone();
        code.select(".conum, [data-value]").remove();
        return code.wholeText();
    }

    private static String normalised(String code) {
        return code.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }
}
