package handbook.pages;

import handbook.build.Problems;
import handbook.content.Chapter;
import handbook.content.SiteContent;
import handbook.examples.CheckedExample;
import handbook.examples.CheckedExampleExtractor;
import handbook.lint.SourceFiles;
import org.jsoup.nodes.Element;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of every chapter, computed from the rendered page and its source rather than counted by hand:
 * prose words, interview questions by level, tables, diagrams, checked listings and glossary terms. Written by the
 * build to {@code target/content-report.md} (not published) and used in reviews and issue notes.
 */
public final class ContentReport {
    /** One chapter's figures. */
    public record Row(String source, int words, int questions, int mid, int senior, int staff, int tables,
                      int diagrams, int checkedSql, int checkedPython, int terms) {}

    private ContentReport() {}

    public static List<Row> rows(Path projectDir, SiteContent site, List<RenderedPage> pages) {
        Map<String, RenderedPage> byUri = pages.stream().collect(Collectors.toMap(RenderedPage::uri, Function.identity()));
        // each row reads only its own page (a document of its own) and source: rows are counted in parallel, in order
        return site.chapters().parallelStream().filter(c -> byUri.containsKey(c.uri()))
                .map(c -> row(projectDir, c, byUri.get(c.uri()))).toList();
    }

    private static Row row(Path projectDir, Chapter chapter, RenderedPage page) {
        Element article = page.html().selectFirst("article.doc");
        Counts counts = new Counts();
        counts.walk(article, false, false);
        Element body = article.clone();
        body.select(".chapter-terms, .term-definitions, header.doc-header").remove();
        int[] checked = SourceFiles.lines(projectDir, chapter.source(), new Problems())
                .map(lines -> checkedListings(chapter.source(), lines)).orElse(new int[2]);
        return new Row(chapter.source(), WordCounter.proseWordsOfCopy(body), counts.questions, counts.mid,
                counts.senior, counts.staff, counts.tables, counts.diagrams, checked[0], checked[1], counts.terms);
    }

    /**
     * What the report counts in one walk of the article: questions by level, tables and diagrams outside the
     * chapter's term list, term definitions and header; and the items of its term list.
     */
    private static final class Counts {
        int questions, mid, senior, staff, tables, diagrams, terms;

        void walk(Element element, boolean inTermList, boolean outsideBody) {
            boolean termList = inTermList || element.hasClass("chapter-terms");
            boolean outside = outsideBody || element.hasClass("chapter-terms") || element.hasClass("term-definitions")
                    || (element.normalName().equals("header") && element.hasClass("doc-header"));
            if (inTermList && element.normalName().equals("li")) {
                terms++;
            }
            if (!outside) {
                if (element.normalName().equals("details") && element.hasClass("question")) {
                    questions++;
                    mid += element.hasClass("level-mid") ? 1 : 0;
                    senior += element.hasClass("level-senior") ? 1 : 0;
                    staff += element.hasClass("level-staff") ? 1 : 0;
                }
                tables += element.normalName().equals("table") && element.hasClass("tableblock") ? 1 : 0;
                diagrams += element.hasClass("diagram") || element.hasClass("imageblock") ? 1 : 0;
            }
            for (Element child : element.children()) {
                walk(child, termList, outside);
            }
        }
    }

    /** Checked listings of a chapter's source, SQL and Python: remembered by its text (every build asks for all). */
    private static int[] checkedListings(String source, List<String> lines) {
        List<Object> key = List.of(source, List.copyOf(lines));
        synchronized (CHECKED) {
            int[] known = CHECKED.get(key);
            if (known != null) {
                return known;
            }
        }
        List<CheckedExample> examples = CheckedExampleExtractor.extract(source, lines, new Problems());
        int[] counts = {(int) examples.stream().filter(e -> e.language().equals("sql")).count(),
                (int) examples.stream().filter(e -> e.language().equals("python")).count()};
        synchronized (CHECKED) {
            CHECKED.put(key, counts);
        }
        return counts;
    }

    private static final Map<List<Object>, int[]> CHECKED = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, int[]> eldest) {
            return size() > 128;
        }
    };

    public static String markdown(List<Row> rows) {
        StringBuilder sb = new StringBuilder("# Content report\n\n")
                .append("| chapter | prose words | questions (mid/senior/staff) | tables | diagrams | checked SQL | checked Python | terms |\n")
                .append("|---|---:|---|---:|---:|---:|---:|---:|\n");
        int words = 0;
        int questions = 0;
        for (Row r : rows) {
            sb.append("| ").append(r.source()).append(" | ").append(r.words()).append(" | ").append(r.questions())
              .append(" (").append(r.mid()).append('/').append(r.senior()).append('/').append(r.staff()).append(") | ")
              .append(r.tables()).append(" | ").append(r.diagrams()).append(" | ").append(r.checkedSql()).append(" | ")
              .append(r.checkedPython()).append(" | ").append(r.terms()).append(" |\n");
            words += r.words();
            questions += r.questions();
        }
        sb.append("\n").append(rows.size()).append(" chapters, ").append(words).append(" prose words, ")
          .append(questions).append(" interview questions.\n");
        return sb.toString();
    }
}
