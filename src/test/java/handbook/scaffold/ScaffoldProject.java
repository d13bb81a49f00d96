package handbook.scaffold;

import handbook.build.FixtureProject;
import handbook.build.Problem;
import handbook.build.Problems;
import handbook.build.TestDirs;
import handbook.content.ContentScanner;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.glossary.TermRegistry;
import handbook.lint.ContentLinter;

import java.nio.file.Path;
import java.util.List;

/**
 * A small project for the scaffolds: an empty part {@code core}, a part {@code cloud} whose chapters are ordered
 * 20 and 35, and one glossary term with the alias "CDC".
 */
final class ScaffoldProject {
    private ScaffoldProject() {}

    static Path create(String name) {
        Path dir = TestDirs.fresh(name);
        FixtureProject.write(dir.resolve("content/index.adoc"), "= Home\n:jbake-type: home\n\nWelcome.\n");
        FixtureProject.write(dir.resolve("content/core/index.adoc"), "= Core\n:jbake-type: part\n:order: 1\n:summary: Core.\n\nIntro.\n");
        FixtureProject.write(dir.resolve("content/cloud/index.adoc"), "= Cloud\n:jbake-type: part\n:order: 2\n:summary: Cloud.\n\nIntro.\n");
        FixtureProject.write(dir.resolve("content/cloud/object-storage.adoc"), "= Object storage\n:order: 35\n:summary: S3.\n\nText.\n");
        FixtureProject.write(dir.resolve("content/cloud/warehouses.adoc"), "= Warehouses\n:order: 20\n:summary: DWH.\n\nText.\n");
        FixtureProject.write(dir.resolve("content/glossary/change-data-capture.adoc"),
                "= Change data capture\n:aliases: CDC\n:short: Reading a database's changes from its log.\n\nThe longer definition.\n");
        return dir;
    }

    /** Lints the whole project and returns the problems of one file, formatted. */
    static List<String> lint(Path project, String file) {
        Problems problems = new Problems();
        SiteContent site = new ContentScanner(project, problems).scan();
        Glossary glossary = TermRegistry.load(project, problems);
        ContentLinter.lint(project, site, glossary, problems);
        return problems.all().stream().filter(p -> p.file().equals(file)).map(Problem::format).toList();
    }
}
