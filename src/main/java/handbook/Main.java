package handbook;

import handbook.bake.JBakeOven;
import handbook.build.BuildConfig;
import handbook.build.BuildFailedException;
import handbook.build.ProblemReporter;
import handbook.build.Problems;
import handbook.build.SiteBuild;
import handbook.runner.RunnerSettings;
import handbook.content.ContentScanner;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.glossary.TermRegistry;
import handbook.lint.ContentLinter;
import handbook.preview.Preview;
import handbook.preview.SiteRebuilder;
import handbook.scaffold.ChapterScaffold;
import handbook.scaffold.TermScaffold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code build}, {@code serve}, and the tools around them. Options are {@code --name=value}.
 * Exits non-zero when the build fails, after printing every problem.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        int code;
        try {
            code = run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            code = 2;
        }
        // JBake's embedded database leaves non-daemon threads behind: end the process explicitly.
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns the exit code, or -1 when the command keeps running (the preview server). */
    static int run(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: handbook build|serve|lint|new-chapter|new-term [--project=DIR] [--output=DIR] [--base-path=/repo] [--port=8820]"
                    + " [--part=ID --title=TITLE [--slug=SLUG]] [--id=ID --name=NAME]");
        }
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && args[i].contains("=")) {
                options.put(args[i].substring(2, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
            } else {
                positional.add(args[i]);
            }
        }
        Path project = Path.of(options.getOrDefault("project", ".")).toAbsolutePath().normalize();
        Path output = Path.of(options.getOrDefault("output", project.resolve("target/site").toString()));
        // The base path is the path of site.url unless overridden; an empty option (the pom's default) is no override.
        String basePath = options.getOrDefault("base-path", "").isBlank() ? System.getenv("HANDBOOK_BASE_PATH") : options.get("base-path");
        BuildConfig config = BuildConfig.load(project, output, basePath).withBook(options.get("book"));
        return switch (args[0]) {
            case "build" -> build(config, new JBakeOven(), runner(options));
            case "serve" -> serve(config, Integer.parseInt(options.getOrDefault("port", "8820")), runner(options));
            case "lint" -> lint(config);
            case "book" -> book(project, Path.of(options.getOrDefault("output", project.resolve("target/book").toString())),
                    Path.of(options.getOrDefault("fonts", project.resolve("target/book-fonts/package/ttf").toString())));
            case "new-chapter" -> newChapter(project, options);
            case "new-term" -> newTerm(project, options);
            default -> throw new IllegalArgumentException("unknown command: " + args[0]);
        };
    }

    /** Builds once, serves on 127.0.0.1 as soon as that is done, rebuilds on every change to the sources. */
    private static int serve(BuildConfig config, int port, RunnerSettings runner) {
        try (Preview preview = Preview.start(config.projectDir(), config.outputDir(), config.basePath(), port,
                new SiteRebuilder(config, runner, System.out, System.err))) {
            System.out.println("Serving the handbook at " + preview.url() + "  (Ctrl+C to stop; edits rebuild and reload)");
            preview.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * The SQL runner is on when {@code --sql-runner=true} (the pom passes {@code -Dhandbook.runner}, default true)
     * and PGlite is where {@code --pglite=DIR} says (the pom: the unpacked npm package under {@code target/}).
     */
    private static RunnerSettings runner(Map<String, String> options) {
        boolean on = Boolean.parseBoolean(options.getOrDefault("sql-runner", "false").strip());
        String pglite = options.getOrDefault("pglite", "").strip();
        if (on && pglite.isEmpty()) {
            throw new IllegalArgumentException("--sql-runner=true needs --pglite=<the unpacked @electric-sql/pglite package>");
        }
        return on ? new RunnerSettings(true, Path.of(pglite).toAbsolutePath().normalize()) : RunnerSettings.disabled();
    }

    /** The whole handbook as {@code handbook.pdf} and {@code handbook.epub} in {@code --output} (target/book). */
    private static int book(Path project, Path output, Path fonts) {
        try {
            handbook.book.BookBuild.BookResult result = new handbook.book.BookBuild(project, output,
                    project.resolve("target/book-work"), fonts).run();
            StringBuilder line = new StringBuilder("Built the book:");
            for (Path file : List.of(result.pdf(), result.epub())) {
                line.append(' ').append(project.relativize(file.toAbsolutePath())).append(" (")
                        .append(String.format(java.util.Locale.ROOT, "%.1f MB", sizeOf(file) / 1048576.0)).append(')');
            }
            line.append(" in ").append(result.stageMillis().values().stream().mapToLong(Long::longValue).sum()).append(" ms");
            result.stageMillis().forEach((stage, ms) -> line.append(String.format(java.util.Locale.ROOT, "%n  %-20s %6d ms", stage, ms)));
            System.out.println(line);
            return 0;
        } catch (BuildFailedException e) {
            ProblemReporter.forEnvironment(System.err).report(e.problems());
            System.err.println("The book failed: " + e.getMessage());
            return 1;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The source checks of the build, without baking: seconds instead of a full build. */
    private static int lint(BuildConfig config) {
        Problems problems = new Problems();
        handbook.content.ContentAllowlist.check(config.projectDir(), problems);
        if (!problems.hasErrors()) {
            handbook.content.ContentLimits.check(config.projectDir(), problems);
        }
        if (problems.hasErrors()) { // a refused file (a symlinked term) must not be read
            ProblemReporter.forEnvironment(System.err).report(problems.all());
            return 1;
        }
        SiteContent site = new ContentScanner(config.projectDir(), problems).scan();
        Glossary glossary = TermRegistry.load(config.projectDir(), problems);
        ContentLinter.lint(config.projectDir(), site, glossary, problems);
        ProblemReporter.forEnvironment(System.err).report(problems.all());
        System.out.println("Checked " + site.chapters().size() + " chapters and " + glossary.terms().size() + " terms: "
                + (problems.hasErrors() ? "errors found" : "no errors"));
        return problems.hasErrors() ? 1 : 0;
    }

    /** Writes a chapter skeleton: {@code new-chapter --part=core --title="Change Data Capture" [--slug=cdc]}. */
    private static int newChapter(Path project, Map<String, String> options) {
        String usage = "new-chapter --part=<part-id> --title=<title> [--slug=<file-name>]";
        String part = required(options, "part", usage);
        String title = required(options, "title", usage);
        String slug = options.getOrDefault("slug", "").strip();
        Path file = slug.isEmpty() ? ChapterScaffold.create(project, part, title) : ChapterScaffold.create(project, part, title, slug);
        System.out.println("Created " + project.relativize(file) + ": replace every FILL-IN placeholder "
                + "(./mvnw -q compile exec:exec@lint lists those left)");
        return 0;
    }

    /** Writes a glossary term skeleton: {@code new-term --id=write-ahead-log --name="Write-ahead log"}. */
    private static int newTerm(Path project, Map<String, String> options) {
        String usage = "new-term --id=<term-id> --name=<name>";
        Path file = TermScaffold.create(project, required(options, "id", usage), required(options, "name", usage));
        System.out.println("Created " + project.relativize(file) + ": replace every FILL-IN placeholder "
                + "(./mvnw -q compile exec:exec@lint lists those left)");
        return 0;
    }

    private static String required(Map<String, String> options, String name, String usage) {
        String value = options.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("missing --" + name + "=...; usage: handbook " + usage);
        }
        return value;
    }

    private static int build(BuildConfig config, JBakeOven oven, RunnerSettings runner) {
        ProblemReporter reporter = ProblemReporter.forEnvironment(System.err);
        try {
            SiteBuild.BuildResult result = new SiteBuild(config, oven, runner).run();
            reporter.report(result.warnings());
            System.out.println(SiteRebuilder.summary(config, result));
            return 0;
        } catch (BuildFailedException e) {
            reporter.report(e.problems());
            System.err.println("BUILD FAILED: " + e.getMessage() + "; the previous site in "
                    + config.projectDir().relativize(config.outputDir()) + " was left as it was");
            return 1;
        }
    }
}
