package handbook.preview;

import handbook.bake.JBakeOven;
import handbook.build.BuildConfig;
import handbook.build.BuildFailedException;
import handbook.build.BuildMemory;
import handbook.build.Problem;
import handbook.build.ProblemReporter;
import handbook.build.SiteBuild;
import handbook.runner.RunnerSettings;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The preview's builds: one oven and one {@link BuildMemory} kept for the life of the preview (Asciidoctor starts
 * once; a rebuild redoes only what the change affects), each build's problems printed as
 * {@code file:line: error: message} and handed to the open pages.
 */
public final class SiteRebuilder implements Preview.Builder {
    private final BuildConfig config;
    private final RunnerSettings runner;
    private final JBakeOven oven = new JBakeOven();
    private final BuildMemory memory;
    private final PrintStream out;
    private final PrintStream err;
    private volatile SiteBuild.BuildResult last;

    public SiteRebuilder(BuildConfig config, RunnerSettings runner, PrintStream out, PrintStream err) {
        this(config, runner, out, err, true);
    }

    /** @param incremental false rebuilds everything every time (the benchmark's baseline) */
    public SiteRebuilder(BuildConfig config, RunnerSettings runner, PrintStream out, PrintStream err, boolean incremental) {
        this.config = config;
        this.runner = runner;
        this.memory = incremental ? BuildMemory.of(config, oven) : null;
        this.out = out;
        this.err = err;
    }

    @Override
    public Preview.Outcome build(Set<Path> changed) {
        if (!changed.isEmpty()) {
            out.println("Change detected: rebuilding...");
        }
        ProblemReporter reporter = ProblemReporter.forEnvironment(err);
        try {
            SiteBuild.BuildResult result = new SiteBuild(config, oven, runner, memory).run(changed.isEmpty() ? null : changed);
            last = result;
            reporter.report(result.warnings());
            out.println(summary(config, result));
            return new Preview.Outcome(true, result.warnings());
        } catch (BuildFailedException e) {
            reporter.report(e.problems());
            err.println("BUILD FAILED: " + e.getMessage() + "; the previous site in "
                    + config.projectDir().relativize(config.outputDir()) + " was left as it was");
            return new Preview.Outcome(false, e.problems());
        } catch (RuntimeException e) {
            // a crash (an I/O error, a bug) must not end the preview: report it like a failed build and keep watching
            e.printStackTrace(err);
            return new Preview.Outcome(false, List.of(Problem.error("build", 0, "the build crashed: " + e)));
        }
    }

    /** The last successful build's result (its stage timings), or null. */
    public SiteBuild.BuildResult lastResult() {
        return last;
    }

    /** "Built 45 pages into target/site in 1234 ms" and the stages' times. */
    public static String summary(BuildConfig config, SiteBuild.BuildResult result) {
        return "Built " + result.pages() + " pages into " + config.projectDir().relativize(config.outputDir())
                + " in " + result.millis() + " ms\n  " + String.join(", ", result.stageMillis().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " ms").toList());
    }
}
