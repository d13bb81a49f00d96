package handbook.lint;

import handbook.glossary.Glossary;
import handbook.glossary.Term;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermReferenceRuleTest {
    private static final Glossary GLOSSARY = new Glossary(List.of(new Term("star-schema", "Star schema", List.of(),
            "A fact table joined to dimension tables.", "Body.", List.of(), List.of(), List.of(), "content/glossary/star-schema.adoc")));

    private static List<String> lint(String... lines) {
        return Lint.run(p -> TermReferenceRule.check(Lint.FILE, List.of(lines), GLOSSARY, p));
    }

    @Test
    void reportsUnknownTermsWhereMacrosAreProcessed() {
        assertEquals(List.of(
                        "content/core/x.adoc:3: error: unknown glossary term 'cdc': add content/glossary/cdc.adoc or use an existing id",
                        "content/core/x.adoc:11: error: unknown glossary term 'in-table': add content/glossary/in-table.adoc or use an existing id"),
                lint("= T", "", "A term:star-schema[] and a term:cdc[CDC] here.", "", "----", "term:in-listing[]", "----",
                        "....", "term:in-literal[]", "....", "|a |term:in-table[]", "", "Shown as +term:in-pass[]+ text.",
                        "// term:in-comment[]"));
    }

    @Test
    void warnsAboutTermMacrosInHeadingsAndBlockTitles() {
        assertEquals(List.of(
                        "content/core/x.adoc:3: warning: term:star-schema[] in a heading: reference the term in the text below instead (headings and titles keep no term links)",
                        "content/core/x.adoc:5: warning: term:star-schema[] in a block title: reference the term in the text below instead (headings and titles keep no term links)"),
                lint("= T", "", "== Using term:star-schema[]", "", ".A term:star-schema[star] diagram", "image::x.svg[X]"));
    }
}
