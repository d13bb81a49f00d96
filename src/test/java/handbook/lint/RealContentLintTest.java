package handbook.lint;

import handbook.build.Problem;
import handbook.build.Problems;
import handbook.content.ContentScanner;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.glossary.TermRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The handbook itself (content/ of the project the tests run in) passes its own lint. */
class RealContentLintTest {

    @Test
    void theHandbookHasNoLintErrors() {
        Path project = Path.of("").toAbsolutePath();
        Problems problems = new Problems();
        SiteContent site = new ContentScanner(project, problems).scan();
        Glossary glossary = TermRegistry.load(project, problems);
        ContentLinter.lint(project, site, glossary, problems);
        assertFalse(site.chapters().isEmpty(), "no chapters found under " + project.resolve("content"));
        assertEquals(List.of(), problems.errors().stream().map(Problem::format).toList());
    }
}
