package handbook.search;

import handbook.content.Chapter;
import handbook.content.Part;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.glossary.Term;
import handbook.pages.PageEnhancer;
import handbook.pages.RenderedPage;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns rendered pages into search documents with jsoup: one per h2/h3 section of every chapter (plus the
 * chapter's opening), one per part landing page, one per glossary term. Only the article's own text counts:
 * navigation, the table of contents, heading anchors, question badges, the chapter's term box and tooltips
 * are left out, and so are code listings, query results and text diagrams (they would double the index for words
 * nobody searches by); model answers are kept. The glossary terms a section links to are listed, by name and
 * alias, apart from its text.
 */
public final class SectionExtractor {
    /** Page furniture that is not part of any section's text. */
    static final String NOT_TEXT = ".heading-anchor, .badges, .chapter-terms, .term-definitions, nav, script, style, "
            + "header.doc-header, .chapter-list, .part-list, .listingblock, .literalblock";

    private SectionExtractor() {}

    public static List<SearchDocument> extract(SiteContent site, Glossary glossary, List<RenderedPage> pages,
                                               Map<String, String> termTexts) {
        return extract(site, glossary, pages, termTexts, (part, chapter, page) -> pageDocuments(glossary, part, chapter, page));
    }

    /**
     * The documents of one page: a part's landing page ({@code chapter} null) or a chapter. What they are depends on
     * the page's document, the part's title, summary and link, the chapter and the glossary's names.
     */
    interface PageDocuments {
        List<SearchDocument> of(Part part, Chapter chapter, RenderedPage page);
    }

    /** {@link #extract(SiteContent, Glossary, List, Map)}, with each page's documents from {@code documents}. */
    static List<SearchDocument> extract(SiteContent site, Glossary glossary, List<RenderedPage> pages,
                                        Map<String, String> termTexts, PageDocuments documents) {
        Map<String, RenderedPage> byUri = pages.stream().collect(Collectors.toMap(RenderedPage::uri, Function.identity()));
        List<SearchDocument> docs = new ArrayList<>();
        for (Part part : site.parts()) {
            RenderedPage landing = byUri.get(part.uri());
            if (landing != null) {
                docs.addAll(documents.of(part, null, landing));
            }
            for (Chapter chapter : part.chapters()) {
                RenderedPage page = byUri.get(chapter.uri());
                if (page != null) {
                    docs.addAll(documents.of(part, chapter, page));
                }
            }
        }
        for (Term t : glossary.terms()) {
            docs.add(new SearchDocument("term", t.name(), "Glossary", "glossary.html#" + t.anchor(),
                    String.join(" ", t.aliases()), "", join(t.shortDefinition(), termTexts.getOrDefault(t.id(), "")),
                    t.shortDefinition()));
        }
        return docs;
    }

    static List<SearchDocument> pageDocuments(Glossary glossary, Part part, Chapter chapter, RenderedPage page) {
        if (chapter != null) {
            return sections(part, chapter, page, glossary);
        }
        Element article = clean(page);
        return List.of(new SearchDocument("part", part.title(), "Handbook", part.uri(), "",
                article == null ? "" : termNames(glossary, List.of(article)),
                join(part.summary(), article == null ? "" : article.text()), ""));
    }

    private static List<SearchDocument> sections(Part part, Chapter chapter, RenderedPage page, Glossary glossary) {
        List<SearchDocument> docs = new ArrayList<>();
        Element article = clean(page);
        if (article == null) {
            return docs;
        }
        String chapterPath = part.title() + " › " + chapter.title();
        StringBuilder opening = new StringBuilder(chapter.summary());
        List<Element> openingElements = new ArrayList<>();
        for (Element child : article.children()) {
            if (!child.hasClass("sect1")) {
                opening.append(' ').append(child.text());
                openingElements.add(child);
            }
        }
        docs.add(new SearchDocument("section", chapter.title(), part.title(), chapter.uri(), chapter.keywords(),
                termNames(glossary, openingElements), opening.toString().strip(), ""));
        for (Element sect1 : article.select("> div.sect1")) {
            Element h2 = sect1.selectFirst("> h2[id]");
            if (h2 == null) {
                continue;
            }
            Element body = sect1.selectFirst("> div.sectionbody");
            Element own = body == null ? new Element("div") : body.clone();
            own.select("> div.sect2").remove();
            docs.add(new SearchDocument("section", PageEnhancer.headingText(h2), chapterPath,
                    chapter.uri() + "#" + h2.id(), "", termNames(glossary, List.of(own)), own.text(), ""));
            if (body == null) {
                continue;
            }
            for (Element sect2 : body.select("> div.sect2")) {
                Element h3 = sect2.selectFirst("> h3[id]");
                if (h3 == null) {
                    continue;
                }
                Element content = sect2.clone();
                content.select("> h3").remove();
                docs.add(new SearchDocument("section", PageEnhancer.headingText(h3),
                        chapterPath + " › " + PageEnhancer.headingText(h2), chapter.uri() + "#" + h3.id(), "",
                        termNames(glossary, List.of(content)), content.text(), ""));
            }
        }
        return docs;
    }

    /**
     * The names and aliases of the glossary terms linked in these elements (the glossary stage marks each link
     * with {@code data-term}), each term once, in the order first linked.
     */
    private static String termNames(Glossary glossary, List<Element> elements) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element element : elements) {
            element.select("a.term[data-term]").forEach(a -> ids.add(a.attr("data-term")));
        }
        return ids.stream().map(glossary::find).flatMap(Optional::stream)
                .map(t -> String.join(" ", t.names())).collect(Collectors.joining(" "));
    }

    /** A copy of the page's article without the furniture listed in {@link #NOT_TEXT}. */
    private static Element clean(RenderedPage page) {
        Element article = page.html().selectFirst("article.doc");
        if (article == null) {
            return null;
        }
        Element copy = article.clone();
        copy.select(NOT_TEXT).remove();
        return copy;
    }

    private static String join(String a, String b) {
        return (a + " " + b).strip();
    }
}
