package handbook.lint;

import handbook.build.Problems;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.glossary.Term;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Source-level checks that need no bake, run by every build (and fast on their own): each rule reports with
 * file and line. Structure and headers are checked by the scanner and the term registry.
 */
public final class ContentLinter {
    private ContentLinter() {}

    public static void lint(Path projectDir, SiteContent site, Glossary glossary, Problems problems) {
        List<String> files = new ArrayList<>();
        site.pages().forEach(p -> files.add(p.source()));
        site.parts().forEach(p -> {
            files.add(p.source());
            p.chapters().forEach(c -> files.add(c.source()));
        });
        glossary.terms().stream().map(Term::source).forEach(files::add);
        for (String file : files) {
            SourceFiles.lines(projectDir, file, problems)
                    .ifPresent(lines -> TermReferenceRule.check(file, lines, glossary, problems));
        }
    }
}
