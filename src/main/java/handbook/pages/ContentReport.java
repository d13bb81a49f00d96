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
        Element body = article.clone();
        body.select(".chapter-terms, .term-definitions, header.doc-header").remove();
        List<CheckedExample> examples = SourceFiles.lines(projectDir, chapter.source(), new Problems())
                .map(lines -> CheckedExampleExtractor.extract(chapter.source(), lines, new Problems())).orElse(List.of());
        int questions = body.select("details.question").size();
        int mid = body.select("details.question.level-mid").size();
        int senior = body.select("details.question.level-senior").size();
        int staff = body.select("details.question.level-staff").size();
        int tables = body.select("table.tableblock").size();
        int diagrams = body.select(".diagram, .imageblock").size();
        return new Row(chapter.source(), WordCounter.proseWordsOfCopy(body), questions, mid, senior, staff, tables, diagrams,
                (int) examples.stream().filter(e -> e.language().equals("sql")).count(),
                (int) examples.stream().filter(e -> e.language().equals("python")).count(),
                article.select(".chapter-terms li").size());
    }

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
