package handbook.lint;

import handbook.build.Problems;
import handbook.glossary.Glossary;
import handbook.glossary.Term;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Links of {@code src/test/resources/lint/project/content/core/a.adoc}, each kind working and broken. */
class InternalLinkRuleTest {
    static final Path PROJECT = Path.of("src/test/resources/lint/project");
    static final Glossary GLOSSARY = new Glossary(List.of(new Term("star-schema", "Star schema", List.of(), "Short.", "Body.",
            List.of(), List.of(), List.of(), "content/glossary/star-schema.adoc")));

    @Test
    void reportsEveryBrokenLinkWithItsLineAndAcceptsTheRest() {
        String file = "content/core/a.adoc";
        List<String> lines = SourceFiles.lines(PROJECT, file, new Problems()).orElseThrow();
        assertEquals(List.of(
                        "content/core/a.adoc:10: error: broken anchor in <<b.adoc#no-such-id>>: content/core/b.adoc has no section or anchor with id 'no-such-id'",
                        "content/core/a.adoc:10: error: broken cross reference xref:missing.adoc[]: content/core/missing.adoc does not exist",
                        "content/core/a.adoc:11: error: broken anchor in <<nowhere>>: content/core/a.adoc has no section or anchor with id 'nowhere'",
                        "content/core/a.adoc:11: error: broken link link:missing.html[]: the site has no core/missing.html",
                        "content/core/a.adoc:11: error: cross reference xref:../../../etc/passwd.adoc[] leaves content/",
                        "content/core/a.adoc:11: error: link link:/abs.html[] is absolute and breaks under a base path: use a relative link",
                        "content/core/a.adoc:12: error: broken anchor in link:../glossary.html#term-unknown[]: content/glossary.adoc has no section or anchor with id 'term-unknown'",
                        "content/core/a.adoc:12: error: broken cross reference xref:../_partials/p.adoc[]: content/_partials/p.adoc is not a page (partials and glossary term files are not rendered on their own)"),
                Lint.run(p -> InternalLinkRule.check(file, lines, file, new LinkTargets(PROJECT, GLOSSARY), p)));
    }

    @Test
    void termFilesLinkFromTheGlossaryPage() {
        String file = "content/glossary/star-schema.adoc";
        assertEquals("content/glossary.adoc", LinkTargets.pageOf(file));
        assertEquals(List.of("content/glossary/star-schema.adoc:1: error: broken cross reference xref:a.adoc[]: content/a.adoc does not exist"),
                Lint.run(p -> InternalLinkRule.check(file, List.of("See xref:a.adoc[] and xref:core/a.adoc#why-it-matters[] and <<term-star-schema>>."),
                        LinkTargets.pageOf(file), new LinkTargets(PROJECT, GLOSSARY), p)));
    }
}
