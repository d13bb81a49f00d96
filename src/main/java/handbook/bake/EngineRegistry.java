package handbook.bake;

import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;

/**
 * Leaves exactly two engines registered with JBake: our AsciiDoc engine for {@code .adoc} and our JSON reader for the
 * build's data files (under {@code .yml}, the extension JBake looks for in {@code data/}). JBake registers its own engines for {@code .yml/.yaml} (SnakeYAML's unsafe loader: code
 * execution), {@code .html} (raw pages), {@code .md} and {@code .ad/.asciidoc} (Asciidoctor in UNSAFE mode) from a
 * properties file on its classpath, and offers no way to remove them; this empties its registry. Any file type
 * without an engine is never parsed, and the content allowlist refuses such files before the bake anyway.
 */
final class EngineRegistry {
    static final Set<String> EXTENSIONS = Set.of("adoc", "yml");

    private EngineRegistry() {}

    static void install(ParserEngine asciidoc, ParserEngine data) {
        Engines.getRecognizedExtensions(); // loads JBake's defaults first, so they cannot come back later
        registry().clear();
        Engines.register("adoc", asciidoc);
        Engines.register("yml", data); // JBake finds data files by this extension; ours parse only JSON
        if (!Engines.getRecognizedExtensions().equals(EXTENSIONS)) {
            throw new IllegalStateException("JBake still has other engines: " + Engines.getRecognizedExtensions());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ParserEngine> registry() {
        try {
            Field instance = Engines.class.getDeclaredField("INSTANCE");
            instance.setAccessible(true);
            Field parsers = Engines.class.getDeclaredField("parsers");
            parsers.setAccessible(true);
            return (Map<String, ParserEngine>) parsers.get(instance.get(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach JBake's engine registry (JBake version changed?)", e);
        }
    }
}
