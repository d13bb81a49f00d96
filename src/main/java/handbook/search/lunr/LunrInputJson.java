package handbook.search.lunr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes {@link LunrInput}'s JSON with Jackson. Reading checks the shape strictly (unknown or duplicate
 * keys, wrong types) and says where the problem is, because a silently ignored typo such as {@code "boots"} would
 * give a wrong index without any error.
 */
final class LunrInputJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final JsonFactory WRITER = JsonFactory.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private LunrInputJson() {}

    static LunrInput parse(String json) {
        JsonNode root = tree(json);
        object(root, "the top level", Set.of("ref", "fields", "metadataWhitelist", "documents"));
        List<LunrField> fields = new ArrayList<>();
        JsonNode fieldNodes = array(root.get("fields"), "fields");
        for (int i = 0; i < fieldNodes.size(); i++) {
            String at = "fields[" + i + "]";
            JsonNode node = object(fieldNodes.get(i), at, Set.of("name", "boost"));
            fields.add(new LunrField(text(node.get("name"), at + ".name"), boost(node.get("boost"), at)));
        }
        List<String> whitelist = new ArrayList<>();
        if (root.has("metadataWhitelist")) {
            JsonNode keys = array(root.get("metadataWhitelist"), "metadataWhitelist");
            for (int i = 0; i < keys.size(); i++) {
                whitelist.add(text(keys.get(i), "metadataWhitelist[" + i + "]"));
            }
        }
        LunrSettings settings = new LunrSettings(text(root.get("ref"), "ref"), fields, whitelist);
        List<LunrDocument> documents = new ArrayList<>();
        JsonNode documentNodes = array(root.get("documents"), "documents");
        for (int i = 0; i < documentNodes.size(); i++) {
            documents.add(document(documentNodes.get(i), "documents[" + i + "]"));
        }
        return new LunrInput(settings, documents);
    }

    /**
     * Documents as lunr.js's {@code builder.add(doc)} takes them, a JSON array of flat objects: the ref and each
     * field's text are properties ({@code [{"id":"a","title":"…","body":"…"}]}); other properties are ignored,
     * as lunr ignores them.
     */
    static LunrInput parseDocumentArray(String json, LunrSettings settings) {
        JsonNode root = tree(json);
        array(root, "the top level");
        List<LunrDocument> documents = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String at = "[" + i + "]";
            JsonNode node = object(root.get(i), at, null);
            Map<String, String> fields = new LinkedHashMap<>();
            for (LunrField field : settings.fields()) {
                JsonNode value = node.get(field.name());
                if (value != null && !value.isNull() && !value.isTextual()) {
                    throw new IllegalArgumentException(at + "." + field.name() + " must be a string or null");
                }
                if (!field.name().equals(settings.ref()) && value != null) {
                    fields.put(field.name(), value.isNull() ? null : value.textValue());
                }
            }
            documents.add(new LunrDocument(text(node.get(settings.ref()), at + "." + settings.ref()), fields, 1));
        }
        return new LunrInput(settings, documents);
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    private static LunrDocument document(JsonNode node, String at) {
        object(node, at, Set.of("ref", "fields", "boost"));
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode fieldNodes = node.get("fields");
        if (fieldNodes == null || !fieldNodes.isObject()) {
            throw new IllegalArgumentException(at + ".fields must be an object of field texts");
        }
        fieldNodes.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            if (!value.isNull() && !value.isTextual()) {
                throw new IllegalArgumentException(at + ".fields." + entry.getKey() + " must be a string or null");
            }
            fields.put(entry.getKey(), value.isNull() ? null : value.textValue());
        });
        return new LunrDocument(text(node.get("ref"), at + ".ref"), fields, boost(node.get("boost"), at));
    }

    /** The node, which must be an object; with {@code allowedKeys}, only those keys. */
    private static JsonNode object(JsonNode node, String at, Set<String> allowedKeys) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(at + " must be an object");
        }
        if (allowedKeys == null) {
            return node;
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!allowedKeys.contains(key)) {
                throw new IllegalArgumentException(at + " has an unknown key '" + key + "' (allowed: "
                        + String.join(", ", allowedKeys.stream().sorted().toList()) + ")");
            }
        });
        return node;
    }

    private static JsonNode array(JsonNode node, String at) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(at + " must be an array");
        }
        return node;
    }

    private static String text(JsonNode node, String at) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(at + " must be a string");
        }
        return node.textValue();
    }

    private static double boost(JsonNode node, String at) {
        if (node == null) {
            return 1;
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException(at + ".boost must be a number");
        }
        return node.doubleValue();
    }

    static String write(LunrInput input) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = WRITER.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("ref", input.settings().ref());
            json.writeArrayFieldStart("fields");
            for (LunrField field : input.settings().fields()) {
                json.writeStartObject();
                json.writeStringField("name", field.name());
                number(json, "boost", field.boost());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("metadataWhitelist");
            for (String key : input.settings().metadataWhitelist()) {
                json.writeString(key);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("documents");
            for (LunrDocument document : input.documents()) {
                json.writeStartObject();
                json.writeStringField("ref", document.ref());
                json.writeObjectFieldStart("fields");
                for (Map.Entry<String, String> field : document.fields().entrySet()) {
                    json.writeStringField(field.getKey(), field.getValue());
                }
                json.writeEndObject();
                number(json, "boost", document.boost());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Whole boosts as integers ({@code 10}, not {@code 10.0}); both read back as the same double. */
    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumberField(name, (long) value);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
