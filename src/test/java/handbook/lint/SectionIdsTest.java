package handbook.lint;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Section ids as the build's Asciidoctor makes them: checked against Asciidoctor itself. */
class SectionIdsTest {
    private static final List<String> TRICKY = List.of(
            "Why it matters in the interview", "Agile from a lead's view", "exactly_once_v2",
            "Worked example: from \"I need a real-time churn dashboard\" to a spec", "Google Cloud Pub/Sub",
            "The build context and .dockerignore", "Data Vault 2.0", "Problem 1 (Easy): second-highest salary",
            "Ranking: ROW_NUMBER, RANK and DENSE_RANK", "A -- B and C--D", "Wait... what?", "Map -> reduce => done",
            "Costs & trade-offs <really>", "`valid_from` and `valid_to`", "_Emphasis_ and *strong* and __mid__dle",
            "Copyright (C) notes", "Using term:star-schema[] well", "Using term:star-schema[star schemas] well",
            "See xref:other.adoc[the other] page", "Links https://example.com[example site]", "Über naïve café",
            "Passing +{nbsp}+ and +++<b>x</b>+++ through", "Spaces{nbsp}between", "Trailing dots...", "--dash first",
            "[.role]#marked# text", "C++ and {cpp}", "What's new in 2.0?", "Repeat", "Repeat", "Repeat");

    @Test
    void generatesIdsWithTheBuildSettings() {
        assertEquals("why-it-matters-in-the-interview", SectionIds.generate(TitleText.convert("Why it matters in the interview", java.util.Map.of())));
        assertEquals("agile-from-a-leads-view", SectionIds.generate(TitleText.convert("Agile from a lead's view", java.util.Map.of())));
        assertEquals("google-cloud-pubsub", SectionIds.generate(TitleText.convert("Google Cloud Pub/Sub", java.util.Map.of())));
        assertEquals("data-vault-2-0", SectionIds.generate(TitleText.convert("Data Vault 2.0", java.util.Map.of())));
        assertEquals("exactly_once_v2", SectionIds.generate(TitleText.convert("exactly_once_v2", java.util.Map.of())));
    }

    @Test
    void deduplicatesInDocumentOrderAndKeepsExplicitIds() {
        List<AdocLine> lines = BlockScanner.scan(List.of("= T", "", "== Repeat", "", "[[mine]]", "== Repeat", "",
                "== Repeat", "", "[#repeat-3]", "== Other", "", "== Repeat", "", "Text [[inline]] and anchor:macro[].", ""));
        assertEquals(List.of("repeat", "mine", "repeat-2", "repeat-3", "repeat-4", "inline", "macro"), List.copyOf(SectionIds.of(lines).ids()));
    }

    @Test
    void matchesAsciidoctorForEveryHeadingOfTheRealContentAndTrickyTitles() throws IOException {
        List<String> titles = new ArrayList<>(TRICKY);
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".adoc") && !p.toString().contains("glossary")).sorted().toList()) {
                for (Heading h : Heading.of(BlockScanner.scan(Files.readAllLines(f, StandardCharsets.UTF_8)))) {
                    if (h.level() > 1) {
                        titles.add(h.title());
                    }
                }
            }
        }
        StringBuilder doc = new StringBuilder("= Test\n\n");
        titles.forEach(t -> doc.append("== ").append(t).append("\n\nText.\n\n"));
        List<String> expected;
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            String html = asciidoctor.convert(doc.toString(), Options.builder().safe(SafeMode.SERVER).standalone(false)
                    .attributes(Attributes.builder().attribute("idprefix", "").attribute("idseparator", "-").build()).build());
            expected = Jsoup.parse(html).select("h2").eachAttr("id");
        }
        List<String> actual = List.copyOf(SectionIds.of(BlockScanner.scan(List.of(doc.toString().split("\n", -1)))).ids());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : null;
            String a = i < actual.size() ? actual.get(i) : null;
            if (!java.util.Objects.equals(e, a)) {
                mismatches.add((i < titles.size() ? titles.get(i) : "?") + ": asciidoctor " + e + ", lint " + a);
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(titles.size(), actual.size());
    }
}
