package handbook.asciidoc;

import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code term:slowly-changing-dimension[]} or {@code term:slowly-changing-dimension[SCD type 2]}: a reference to a
 * glossary entry. It renders a plain link to {@code #term-<id>} with the class {@code term}; the glossary stage of the build later points it
 * at the entry, fills in the term's name when no text was given, attaches the tooltip, and fails on unknown ids.
 * Stateless: it knows nothing of the registry or of the page's URL.
 */
@Name("term")
public final class TermInlineMacroProcessor extends InlineMacroProcessor {
    public static final String CSS_CLASS = "term";

    @Override
    public PhraseNode process(ContentNode parent, String target, Map<String, Object> attributes) {
        Object text = attributes.get("text");
        if (text == null) {
            text = attributes.get("1");
        }
        Map<String, Object> options = new HashMap<>();
        options.put("type", ":link");
        options.put("target", "#term-" + target);
        Map<String, Object> linkAttributes = new HashMap<>();
        linkAttributes.put("role", CSS_CLASS);
        return createPhraseNode(parent, "anchor", text == null ? "" : text.toString(), linkAttributes, options);
    }
}
