package handbook.build;

import handbook.bake.IncrementalBake;
import handbook.bake.JBakeOven;
import handbook.bake.StagedTree;
import handbook.lint.LintMemory;
import handbook.pages.EnhancedPages;
import handbook.search.SearchMemory;

import java.nio.file.Path;

/**
 * What the preview keeps from one build to the next so that a rebuild redoes only what its changes affect: each file's
 * lint problems, the staged tree (and the source files changed since it was synced), the last good bake's output,
 * each page's enhanced document and each page's search documents and field tokens. One per preview, used by one
 * build at a time.
 */
public record BuildMemory(LintMemory lint, StagedTree stage, IncrementalBake bake, EnhancedPages pages,
                          SearchMemory search) {
    /** Memory for builds of {@code config}, kept in a folder beside its output. */
    public static BuildMemory of(BuildConfig config, JBakeOven oven) {
        Path out = config.outputDir().toAbsolutePath().normalize();
        return new BuildMemory(new LintMemory(), new StagedTree(), new IncrementalBake(oven, out.resolveSibling(out.getFileName() + ".baked")),
                new EnhancedPages(), new SearchMemory());
    }
}
