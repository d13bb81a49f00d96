package handbook.asciidoc;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.PreprocessorReader;
import org.asciidoctor.jruby.internal.RubyObjectWrapper;
import org.jruby.runtime.builtin.IRubyObject;

/**
 * The limits on what one page may include: how deep includes nest, how many there are and how much text they bring
 * in. The count and size so far live on the Ruby document being converted (an instance variable content cannot
 * reach), so the processor itself stays stateless; the depth is the reader's own include stack.
 */
public final class IncludeBudget {
    public static final int MAX_DEPTH = 8;
    public static final int MAX_INCLUDES = 256;
    public static final long MAX_CHARS = 1_000_000;
    private static final String COUNT = "@handbook_include_count";
    private static final String CHARS = "@handbook_include_chars";

    private IncludeBudget() {}

    /** Records an include of {@code chars} characters; returns why it is over a limit, or null when it fits. */
    static String spend(Document document, PreprocessorReader reader, long chars) {
        int depth = reader instanceof RubyObjectWrapper r ? r.getInt("include_depth") : 0;
        if (depth >= MAX_DEPTH) {
            return "includes nest deeper than " + MAX_DEPTH + " levels: is a file including itself?";
        }
        if (!(document instanceof RubyObjectWrapper wrapper)) {
            return null;
        }
        IRubyObject doc = wrapper.getRubyObject();
        long count = read(doc, COUNT) + 1;
        long total = read(doc, CHARS) + chars;
        doc.getInstanceVariables().setInstanceVariable(COUNT, doc.getRuntime().newFixnum(count));
        doc.getInstanceVariables().setInstanceVariable(CHARS, doc.getRuntime().newFixnum(total));
        if (count > MAX_INCLUDES) {
            return "a page may have at most " + MAX_INCLUDES + " includes";
        }
        if (total > MAX_CHARS) {
            return "a page may include at most " + MAX_CHARS + " characters in all";
        }
        return null;
    }

    private static long read(IRubyObject doc, String name) {
        IRubyObject value = doc.getInstanceVariables().getInstanceVariable(name);
        return value == null || value.isNil() ? 0 : value.convertToInteger().getLongValue();
    }
}
