package handbook.bake;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.ParserEngine;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Reads the build's own data files (the navigation, {@code data/navigation.yml}, which the build writes as JSON)
 * with Jackson, a plain JSON parser that builds only maps, lists, strings and numbers. JBake looks for data files by
 * the {@code .yml} extension, so this engine takes that extension over from JBake's YAML engine, whose SnakeYAML
 * loader constructs arbitrary Java objects from {@code !!} tags. It reads nothing outside the stage's {@code data/}.
 */
final class JsonDataEngine implements ParserEngine {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        if (!file.toPath().toAbsolutePath().normalize().startsWith(config.getDataFolder().toPath().toAbsolutePath().normalize())) {
            throw new IllegalStateException("only the build's own data files are read: " + file.getName());
        }
        DocumentModel model = new DocumentModel();
        try {
            Object value = JSON.readValue(file, Object.class);
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> model.put(String.valueOf(k), v));
            } else if (value instanceof List<?> list) {
                model.put("data", list);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("data file " + file.getName() + " is not valid JSON", e);
        }
        return model;
    }

    /** JBake's older entry point; it never calls it for data files. */
    @Override
    public Map<String, Object> parse(org.apache.commons.configuration2.Configuration config, File file, String contentPath) {
        throw new UnsupportedOperationException("data files are read through parse(JBakeConfiguration, File)");
    }
}
