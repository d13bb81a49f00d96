package handbook.bake;

import handbook.sanitize.HtmlSanitizer;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tags every block of a parsed document that knows its source line (Asciidoctor's sourcemap) with a marker the
 * sanitizer can read back from the HTML: a role, placed first so that an attribute breaking out of the role cannot
 * swallow it, or for raw passthrough blocks (which print no wrapper) a leading comment. Returns the locations, indexed
 * by marker number.
 */
public final class SourceMarkers {
    private SourceMarkers() {}

    public static List<Cursor> mark(Document document) {
        List<Cursor> locations = new ArrayList<>();
        for (StructuralNode node : document.findBy(Map.of())) {
            Cursor at = node.getSourceLocation();
            if (at == null || node == document) {
                continue;
            }
            String marker = HtmlSanitizer.marker(locations.size());
            locations.add(at);
            if ("pass".equals(node.getContext()) && node instanceof Block block) {
                block.setSource("<!--" + marker + "-->\n" + block.getSource());
            } else {
                Object role = node.getAttribute("role");
                node.setAttribute("role", role == null ? marker : marker + " " + role, true);
            }
        }
        return locations;
    }
}
