package handbook.lint;

import handbook.build.Problems;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Images of {@code src/test/resources/lint/project/content/core/images.adoc}. */
class ImageRuleTest {

    @Test
    void reportsMissingFilesEmptyAltAndPathsOutsideContent() {
        String file = "content/core/images.adoc";
        List<String> lines = SourceFiles.lines(InternalLinkRuleTest.PROJECT, file, new Problems()).orElseThrow();
        assertEquals(List.of(
                        "content/core/images.adoc:8: error: image not found: content/core/images/missing.svg",
                        "content/core/images.adoc:9: error: image::images/ok.svg[] has no alt text: write what the picture shows, e.g. image::images/ok.svg[Fact table in the centre joined to four dimensions]",
                        "content/core/images.adoc:10: error: image:images/ok.svg[] has no alt text: write what the picture shows, e.g. image:images/ok.svg[Fact table in the centre joined to four dimensions]",
                        "content/core/images.adoc:11: error: image ../../../outside.svg is outside content/: put it in the images/ folder next to the chapter"),
                Lint.run(p -> ImageRule.check(file, lines, file,
                        new LinkTargets(InternalLinkRuleTest.PROJECT, InternalLinkRuleTest.GLOSSARY), p)));
    }
}
