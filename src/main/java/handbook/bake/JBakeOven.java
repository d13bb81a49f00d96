package handbook.bake;

import handbook.build.Problem;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The build's entry to JBake (with {@link DocumentOven}, the only classes that drive it). It bakes a staged source tree
 * into a folder with our AsciiDoc engine and returns every problem JBake or Asciidoctor reported. Keep one instance
 * for repeated bakes (the preview): the Asciidoctor runtime inside is reused, and so is JBake's setup for bakes of a
 * few documents.
 */
public final class JBakeOven {
    /** Settings that are not the author's to change: they keep the bake safe and deterministic. */
    private static final Map<String, Object> FORCED = Map.ofEntries(
            Map.entry("asciidoctor.attributes.export", false),
            Map.entry("default.status", "published"),
            Map.entry("default.type", "chapter"),
            Map.entry("render.index", false),
            Map.entry("render.feed", false),
            Map.entry("render.archive", false),
            Map.entry("render.tags", false),
            Map.entry("render.tagsindex", false),
            Map.entry("render.sitemap", false),
            Map.entry("render.error404", false),
            Map.entry("img.path.update", false),
            Map.entry("db.store", "memory"));

    private final HandbookAsciidocEngine engine = new HandbookAsciidocEngine();
    private final JsonDataEngine data = new JsonDataEngine();
    private final DocumentOven documents = new DocumentOven();

    /** The file extensions JBake can parse while this oven bakes: ours only. */
    public static java.util.Set<String> registeredEngines() {
        return org.jbake.parser.Engines.getRecognizedExtensions();
    }

    /** Bakes {@code stage} into {@code destination}; {@code settings} become template-visible configuration. */
    public List<Problem> bake(Stage stage, Path destination, Map<String, Object> settings) {
        return bake(stage, destination, settings, true);
    }

    /**
     * @param wholeSite false when the stage holds only some documents of the site ({@link IncrementalBake}): the
     *     engine then keeps the conversions of the others for the next bake, and JBake's setup is kept for the next
     *     such bake ({@link DocumentOven})
     */
    synchronized List<Problem> bake(Stage stage, Path destination, Map<String, Object> settings, boolean wholeSite) {
        engine.prepare(stage.projectDir(), stage.content().toAbsolutePath().normalize(), stage.sourceContent(), wholeSite);
        EngineRegistry.install(engine, data);
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> properties = new java.util.HashMap<>(FORCED);
        properties.putAll(settings);
        try {
            List<Throwable> errors;
            if (wholeSite) {
                DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                        .createDefaultJbakeConfiguration(stage.root().toFile(), destination.toFile(), true);
                properties.forEach(config::setProperty);
                Oven oven = new Oven(config);
                oven.bake();
                errors = oven.getErrors();
            } else {
                errors = documents.bake(stage.root(), destination, properties);
            }
            for (Throwable t : errors) {
                problems.add(Problem.error("templates", 0, "rendering failed: " + messageOf(t)));
            }
        } catch (RuntimeException e) {
            problems.add(Problem.error("content", 0, "the bake failed: " + messageOf(e)));
        }
        problems.addAll(engine.problems());
        if (!wholeSite && !problems.isEmpty()) {
            documents.close(); // the next bake of a few documents sets JBake up afresh
        }
        return problems;
    }

    /** The kept setup for bakes of a few documents (for its tests). */
    DocumentOven documentOven() {
        return documents;
    }

    private static String messageOf(Throwable t) {
        StringBuilder sb = new StringBuilder(String.valueOf(t.getMessage()));
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append(" <- ").append(c.getMessage());
        }
        return sb.toString();
    }
}
