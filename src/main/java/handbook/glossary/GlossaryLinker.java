package handbook.glossary;

import handbook.build.Problems;
import handbook.pages.PageEnhancer;
import handbook.pages.RenderedPage;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * After the bake: points every term reference at its glossary entry, fills in names, attaches the tooltip text
 * (announced through {@code aria-describedby}), collects backlinks, adds "Terms in this chapter" to chapters and
 * "Used in" to glossary entries, and reports unknown ids and terms nobody uses.
 */
public final class GlossaryLinker {
    private GlossaryLinker() {}

    /** Returns the backlinks found, by term id. */
    public static Map<String, List<Backlink>> link(Glossary glossary, List<RenderedPage> pages, Problems problems) {
        Map<String, List<Backlink>> backlinks = new TreeMap<>();
        // each page is a document of its own: linked side by side, problems and backlinks gathered in page order
        List<Linked> linked = pages.parallelStream().map(page -> linkPage(glossary, page)).toList();
        for (Linked l : linked) {
            problems.addAll(l.problems().all());
            l.backlinks().forEach(b -> backlinks.computeIfAbsent(b.termId(), k -> new ArrayList<>()).add(b));
        }
        for (Term t : glossary.terms()) {
            List<Backlink> links = backlinks.getOrDefault(t.id(), List.of());
            if (links.stream().noneMatch(b -> b.pageUri().contains("/"))) {
                problems.warning(t.source(), 1, "no chapter references this term (use term:" + t.id() + "[] where it matters)");
            }
        }
        return backlinks;
    }

    private record Linked(Problems problems, List<Backlink> backlinks) {}

    /** Links one page's term references; returns its problems and its backlinks, in document order. */
    private static Linked linkPage(Glossary glossary, RenderedPage page) {
        Problems found = new Problems();
        List<Backlink> links = new ArrayList<>();
        Element article = page.html().selectFirst("article.doc");
        if (article == null) {
            return new Linked(found, links);
        }
        // by id: a Term's own hash would hash its whole definition, for every link
        Map<String, Term> used = new LinkedHashMap<>();
        String title = null; // looked up once per page, when the page has a backlink
        for (Element a : article.select("a.term[href^=#term-]")) {
            String id = a.attr("href").substring("#term-".length());
            a.attr("data-term", id);
            var term = glossary.find(id);
            if (term.isEmpty()) {
                found.error(page.source().isEmpty() ? page.uri() : page.source(), 0,
                        "unknown glossary term '" + id + "' (add content/glossary/" + id + ".adoc or fix the id)");
                continue;
            }
            Term t = term.get();
            boolean onGlossary = page.uri().equals(GlossaryPageSource.URI);
            a.attr("href", (onGlossary ? "" : page.rootPrefix() + GlossaryPageSource.URI) + "#" + t.anchor());
            if (a.text().isBlank()) {
                a.text(runningTextName(t.name()));
            }
            a.attr("aria-describedby", "tip-" + t.id());
            used.putIfAbsent(t.id(), t);
            if (!onGlossary) {
                Element section = enclosingSection(a);
                if (title == null) {
                    title = titleOf(page);
                }
                links.add(new Backlink(t.id(), page.uri(),
                        title, section == null ? "" : section.id(),
                        section == null ? "" : PageEnhancer.headingText(section)));
            }
        }
        // The glossary page's tooltips read the entries' own one-line definitions (ids set by GlossaryPageDecorator).
        if (!used.isEmpty() && !page.uri().equals(GlossaryPageSource.URI)) {
            Element tips = article.appendElement("div").addClass("term-definitions");
            used.values().stream().sorted(Glossary.ALPHABETICAL).forEach(t -> tips.appendElement("span")
                    .attr("id", "tip-" + t.id()).attr("data-name", t.name()).text(t.shortDefinition()));
            if (page.isChapter()) {
                addChapterTerms(article, page, used.values());
            }
        }
        return new Linked(found, links);
    }

    /**
     * How a term's name reads mid-sentence: "Fact table" becomes "fact table", while names with capitals after the
     * first letter (proper nouns and acronyms: "Apache Iceberg", "KRaft", "CDC") stay as they are.
     */
    public static String runningTextName(String name) {
        if (name.length() < 2 || !Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))) {
                return name;
            }
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static void addChapterTerms(Element article, RenderedPage page, java.util.Collection<Term> used) {
        Element box = article.appendElement("aside").addClass("chapter-terms").attr("aria-labelledby", "chapter-terms-title");
        box.appendElement("h2").attr("id", "chapter-terms-title").text("Terms in this chapter");
        Element list = box.appendElement("ul");
        used.stream().sorted(Glossary.ALPHABETICAL).forEach(t -> list.appendElement("li").appendElement("a")
                .attr("href", page.rootPrefix() + GlossaryPageSource.URI + "#" + t.anchor()).text(t.name()));
    }

    /** The nearest h2/h3 with an id before the element in document order. */
    static Element enclosingSection(Element el) {
        Element section = el.closest("div.sect2, div.sect1");
        while (section != null) {
            Element heading = section.selectFirst("> h3[id], > h2[id]");
            if (heading != null) {
                return heading;
            }
            section = section.parent() == null ? null : section.parent().closest("div.sect2, div.sect1");
        }
        return null;
    }

    private static String titleOf(RenderedPage page) {
        Element h1 = page.html().selectFirst("article.doc h1");
        return h1 == null ? page.uri() : h1.text();
    }
}
