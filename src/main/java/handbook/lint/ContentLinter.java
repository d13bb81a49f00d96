package handbook.lint;

import handbook.build.Problems;
import handbook.content.GitHistory;
import handbook.currency.CurrencyStamp;
import handbook.currency.CurrencyStamps;
import handbook.errata.Correction;
import handbook.errata.ErrataCheck;
import handbook.errata.ErrataReader;
import handbook.content.Chapter;
import handbook.content.Part;
import handbook.content.SiteContent;
import handbook.content.StandalonePage;
import handbook.examples.CheckedExampleExtractor;
import handbook.glossary.Glossary;
import handbook.glossary.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Source-level checks that need no bake, run by every build and by {@code handbook lint} (seconds, with GitHub
 * annotations in CI). Each rule reports with file and line, and every problem of every file is reported in one
 * run. Which rules apply depends on what a file is:
 * <ul>
 *   <li>every page, part and term file: placeholders, glossary references, internal links, images, raw HTML;</li>
 *   <li>pages and parts, also: heading levels and question blocks;</li>
 *   <li>chapters, also: required sections, at least six questions, prose size and well-formed checked examples
 *   ({@link CheckedExampleExtractor});</li>
 *   <li>every SVG under {@code content/}: plain drawing only;</li>
 *   <li>every chapter's currency stamp ({@link CurrencyStamps}) and every entry of the errata ({@link ErrataReader},
 *   {@link ErrataCheck}).</li>
 * </ul>
 * Headers, order and slugs are checked by the scanner, term files as a whole by the term registry.
 */
public final class ContentLinter {
    private ContentLinter() {}

    /**
     * What the lint read on its way and later stages need: the chapters' currency stamps and the valid corrections.
     */
    public record Result(List<CurrencyStamp> stamps, List<Correction> corrections) {}

    public static Result lint(Path projectDir, SiteContent site, Glossary glossary, Problems problems) {
        return lint(projectDir, site, glossary, problems, null);
    }

    /**
     * The same lint, reusing the problems {@code memory} kept for files whose text and link targets did not change
     * (the preview's rebuilds); {@code memory} null lints every file.
     */
    public static Result lint(Path projectDir, SiteContent site, Glossary glossary, Problems problems, LintMemory memory) {
        LinkTargets targets = new LinkTargets(projectDir, glossary);
        if (memory != null) {
            memory.startRun(projectDir, glossary);
        }
        java.util.function.BiConsumer<String, java.util.function.Consumer<Problems>> file = (name, lint) -> {
            if (memory == null) {
                lint.accept(problems);
            } else {
                problems.addAll(memory.problemsOf(projectDir, name, lint));
            }
        };
        for (StandalonePage page : site.pages()) {
            file.accept(page.source(), p -> lintPage(projectDir, page.source(), false, glossary, targets, p));
        }
        for (Part part : site.parts()) {
            file.accept(part.source(), p -> lintPage(projectDir, part.source(), false, glossary, targets, p));
            for (Chapter chapter : part.chapters()) {
                file.accept(chapter.source(), p -> lintPage(projectDir, chapter.source(), true, glossary, targets, p));
            }
        }
        for (Term term : glossary.terms()) {
            file.accept(term.source(), p -> SourceFiles.lines(projectDir, term.source(), p)
                    .ifPresent(lines -> lintAnyFile(term.source(), lines, glossary, targets, p)));
        }
        for (String svg : svgFiles(projectDir)) {
            file.accept(svg, p -> SourceFiles.lines(projectDir, svg, p).ifPresent(lines -> SvgSafetyRule.check(svg, lines, p)));
        }
        Optional<LocalDate> now = GitHistory.newestCommit(projectDir);
        List<CurrencyStamp> stamps = CurrencyStamps.read(projectDir, site, now, problems);
        List<Correction> corrections = ErrataCheck.check(ErrataReader.read(projectDir, problems), site, glossary,
                targets, now, problems);
        return new Result(stamps, corrections);
    }

    private static void lintPage(Path projectDir, String file, boolean chapter, Glossary glossary, LinkTargets targets,
                                 Problems problems) {
        SourceFiles.lines(projectDir, file, problems).ifPresent(lines -> {
            List<Consumer<Problems>> rules = new ArrayList<>(anyFileRules(file, lines, glossary, targets));
            rules.add(p -> HeadingLevelRule.check(file, lines, p));
            rules.add(p -> QuestionRule.check(file, lines, chapter ? QuestionRule.CHAPTER_MINIMUM : 0, p));
            if (chapter) {
                rules.add(p -> RequiredSectionsRule.check(file, lines, p));
                rules.add(p -> ProseSizeRule.check(file, lines, p));
                rules.add(p -> checkedExamples(file, lines, p));
            }
            runAll(rules, problems);
        });
    }

    private static void lintAnyFile(String file, List<String> lines, Glossary glossary, LinkTargets targets,
                                    Problems problems) {
        runAll(anyFileRules(file, lines, glossary, targets), problems);
    }

    private static List<Consumer<Problems>> anyFileRules(String file, List<String> lines, Glossary glossary,
                                                         LinkTargets targets) {
        String page = LinkTargets.pageOf(file);
        return List.of(
                p -> PlaceholderRule.check(file, lines, p),
                p -> TermReferenceRule.check(file, lines, glossary, p),
                p -> InternalLinkRule.check(file, lines, page, targets, p),
                p -> ImageRule.check(file, lines, page, targets, p),
                p -> RawHtmlRule.check(file, lines, p));
    }

    /**
     * Runs one file's rules side by side (they only read the file, the glossary and the link targets) and reports
     * their problems in the rules' order, as running them one after the other would.
     */
    private static void runAll(List<Consumer<Problems>> rules, Problems problems) {
        rules.parallelStream().map(rule -> {
            Problems found = new Problems();
            rule.accept(found);
            return found;
        }).toList().forEach(found -> problems.addAll(found.all()));
    }

    /**
     * Checked SQL and Python listings must be well-formed ({@code check=} values, the result block that follows),
     * so a malformed one fails here, in seconds, rather than in the test suite; running them is the tests' job.
     */
    private static void checkedExamples(String file, List<String> lines, Problems problems) {
        CheckedExampleExtractor.extract(file, lines, problems);
    }

    private static List<String> svgFiles(Path projectDir) {
        Path content = projectDir.resolve("content");
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg"))
                    .filter(Files::isRegularFile)
                    .map(f -> projectDir.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
