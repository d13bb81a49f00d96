package handbook.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentTypes;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * JBake set up once for the preview's bakes of a few documents ({@link IncrementalBake}): what {@code new Oven(config)
 * .bake()} builds afresh every time — an in-memory OrientDB content store (most of a small bake's time), the data
 * files crawled into it, the renderer with its Freemarker configuration and parsed templates — is kept while the
 * stage's templates, data files, {@code jbake.properties}, the settings and the folders stay the same (compared by
 * content), and each bake then does what {@code Oven.bake()} does for the stage's documents: register the document
 * types, crawl the content, run the rendering tools. The documents of the bake before are deleted from the store
 * first, so every bake sees only its own documents, as a fresh oven would. A bake that fails or reports an error
 * drops the setup: the next one starts from scratch. No assets are copied: only documents changed.
 */
final class DocumentOven {
    private final ModelExtractorsDocumentTypeListener listener = new ModelExtractorsDocumentTypeListener();
    private final List<RenderingTool> tools = new ArrayList<>();
    private String key;
    private JBakeConfiguration config;
    private ContentStore store;
    private Crawler crawler;
    private Renderer renderer;
    private int setUps;

    DocumentOven() {
        ServiceLoader.load(RenderingTool.class).forEach(tools::add); // what Oven.renderContent loads on every bake
    }

    /**
     * Bakes the documents of {@code root} (a stage holding only them, the partials, the templates and the data) into
     * {@code destination}, which holds nothing else; returns the errors JBake reported.
     */
    List<Throwable> bake(Path root, Path destination, Map<String, Object> properties) {
        List<Throwable> errors = new ArrayList<>();
        boolean ok = false;
        try {
            String wanted = key(root, destination, properties);
            if (!wanted.equals(key)) {
                close();
                setUp(root, destination, properties);
                key = wanted;
            }
            store.getDocumentCount(config.getDataFileDocType()); // activates the store's session on this thread
            registerDocumentTypes(); // static in JBake: a full bake in between may have registered another site's
            for (String type : DocumentTypes.getDocumentTypes()) {
                if (!type.equals(config.getDataFileDocType())) {
                    store.deleteAllByDocType(type); // the documents of the bake before
                }
            }
            crawler.crawl();
            for (RenderingTool tool : tools) {
                try {
                    tool.render(renderer, store, config);
                } catch (RenderingException e) {
                    errors.add(e);
                }
            }
            ok = errors.isEmpty();
            return errors;
        } finally {
            if (!ok) {
                close(); // a failed bake may leave documents unrendered or half-added: never reuse that store
            }
        }
    }

    /** Drops the setup; the next bake sets up afresh. */
    void close() {
        key = null;
        if (store != null) {
            ContentStore s = store;
            store = null;
            s.close();
        }
        config = null;
        crawler = null;
        renderer = null;
    }

    private void setUp(Path root, Path destination, Map<String, Object> properties) {
        DefaultJBakeConfiguration c = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(root.toFile(), destination.toFile(), true);
        properties.forEach(c::setProperty);
        new JBakeConfigurationInspector(c).inspect();
        config = c;
        registerDocumentTypes();
        // created here, not through JBake's DBUtil: that keeps one static store which the next Oven would share
        store = new ContentStore(c.getDatabaseStore(), c.getDatabasePath());
        store.startup();
        store.updateSchema();
        crawler = new Crawler(store, c);
        crawler.crawlDataFiles();
        renderer = new Renderer(store, c);
        setUps++;
    }

    /** How many times JBake was set up: once, until something the setup depends on changes or a bake fails. */
    int setUps() {
        return setUps;
    }

    /** What {@code Oven.updateDocTypesFromConfiguration} does, with one listener instead of a new one each time. */
    private void registerDocumentTypes() {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(listener);
        for (String type : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(type);
        }
        DocumentTypes.addDocumentType(config.getDataFileDocType());
    }

    /** Everything the setup depends on: the folders, the properties, and every template and data file's bytes. */
    private static String key(Path root, Path destination, Map<String, Object> properties) {
        MessageDigest digest = sha256();
        StringBuilder names = new StringBuilder();
        names.append(root.toAbsolutePath().normalize()).append('\u0000').append(destination.toAbsolutePath().normalize());
        new TreeMap<>(properties).forEach((k, v) -> names.append('\u0000').append(k).append('=').append(v));
        try {
            List<Path> files = new ArrayList<>(List.of(root.resolve(Staging.PROPERTIES)));
            for (String folder : List.of("templates", "data")) {
                if (Files.isDirectory(root.resolve(folder))) {
                    try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
                        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                    }
                }
            }
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                names.append('\u0000').append(root.relativize(f)).append('=').append(bytes.length);
                digest.update(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names + "\u0000" + HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
