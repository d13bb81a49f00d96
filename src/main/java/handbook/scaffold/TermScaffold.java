package handbook.scaffold;

import handbook.build.Problems;
import handbook.glossary.Glossary;
import handbook.glossary.Term;
import handbook.glossary.TermRegistry;
import handbook.lint.PlaceholderRule;

import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code handbook new-term}: writes {@code content/glossary/<id>.adoc} with every term attribute, guidance
 * comments and {@link PlaceholderRule#MARKER} placeholders for the short and the long definition, which the lint
 * reports until they are replaced. Refuses an invalid id, an existing file, and a name that is already another
 * term's name or alias (the registry would reject it).
 */
public final class TermScaffold {
    private static final String M = PlaceholderRule.MARKER;

    private TermScaffold() {}

    /** Creates the term file; returns it. */
    public static Path create(Path projectDir, String id, String name) {
        String cleanName = ScaffoldFiles.singleLine(name, "name");
        if (id == null || !ScaffoldFiles.KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid term id '" + id + "': use the lower-case kebab-case of the full "
                    + "singular name, e.g. change-data-capture (abbreviations go in :aliases:)");
        }
        Glossary glossary = TermRegistry.load(projectDir, new Problems());
        for (Term t : glossary.terms()) {
            if (t.names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(cleanName.toLowerCase(Locale.ROOT)))) {
                throw new IllegalArgumentException("'" + cleanName + "' is already the name or an alias of " + t.source());
            }
        }
        Path file = projectDir.resolve("content").resolve("glossary").resolve(id + ".adoc");
        ScaffoldFiles.writeNew(projectDir, file, text(id, cleanName));
        return file;
    }

    static String text(String id, String name) {
        return "= " + name + "\n"
                + ":aliases:\n"
                + ":short: " + M + ": a one-line definition, at most " + TermRegistry.SHORT_MAX + " characters (it is the tooltip).\n"
                + ":see-also:\n"
                + ":contrast-with:\n"
                + ":tags:\n"
                + "\n"
                + "// The format is in docs/authoring.md. :aliases: abbreviations, plurals and synonyms, comma-separated;\n"
                + "// :see-also: and :contrast-with: term ids; :tags: any of core, big-data, cloud, leadership, interview.\n"
                + "// Reference the term from at least one chapter as term:" + id + "[] (the build warns otherwise).\n"
                + M + ": the longer definition, one to three paragraphs; it may reference other terms with the term macro.\n";
    }
}
