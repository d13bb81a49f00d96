package handbook.asciidoc;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Interview questions are collapsible example blocks with the role {@code question} and named attributes
 * {@code level} and {@code round}. This copies both into roles ({@code level-senior}, {@code round-sql}) so the
 * page can show badges, and logs an error for a missing or unknown value.
 */
public final class QuestionTreeprocessor extends Treeprocessor {
    public static final List<String> LEVELS = List.of("mid", "senior", "staff");
    public static final List<String> ROUNDS = List.of("concepts", "sql", "coding", "system-design", "behavioral");
    private static final Map<String, List<String>> ALLOWED = Map.of("level", LEVELS, "round", ROUNDS);

    @Override
    public Document process(Document document) {
        visit(document);
        return document;
    }

    private void visit(StructuralNode node) {
        if ("example".equals(node.getContext()) && node.hasRole("question")) {
            for (String name : List.of("level", "round")) {
                Object value = node.getAttribute(name);
                String v = value == null ? "" : value.toString().toLowerCase(Locale.ROOT);
                if (ALLOWED.get(name).contains(v)) {
                    node.addRole(name + "-" + v);
                } else {
                    log(new LogRecord(Severity.ERROR, node.getSourceLocation(), "question needs " + name + "= one of "
                            + ALLOWED.get(name) + (value == null ? "" : ", not '" + value + "'")));
                }
            }
        }
        for (StructuralNode child : node.getBlocks()) {
            if (child != null) {
                visit(child);
            }
        }
    }
}
