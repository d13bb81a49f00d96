package handbook.asciidoc;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.util.Locale;

/**
 * Marks checked listings ({@code [source,sql,check=setup]}) with a role ({@code check-setup}, {@code check-result},
 * {@code check-run}, {@code check-error}), so that later stages can tell a challenge's schema and data from its
 * solution in the rendered HTML without reading the source again.
 */
public final class CheckedListingTreeprocessor extends Treeprocessor {
    @Override
    public Document process(Document document) {
        visit(document);
        return document;
    }

    private void visit(StructuralNode node) {
        if ("listing".equals(node.getContext())) {
            Object check = node.getAttribute("check");
            if (check != null && check.toString().matches("[A-Za-z]+")) {
                node.addRole("check-" + check.toString().toLowerCase(Locale.ROOT));
            }
        }
        for (StructuralNode child : node.getBlocks()) {
            if (child != null) {
                visit(child);
            }
        }
    }
}
