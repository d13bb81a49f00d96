package handbook.search.lunr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The documents to index and how, as one JSON file: what the site build writes to
 * {@code target/search-documents.json}, what {@link LunrCli} reads, and what the lunr.js oracle in the tests reads.
 * <pre>
 * {"ref":"id",
 *  "fields":[{"name":"title","boost":10},{"name":"body","boost":1}],
 *  "metadataWhitelist":[],
 *  "documents":[{"ref":"0","fields":{"title":"…","body":"…"},"boost":1}]}
 * </pre>
 * {@code boost} may be left out (1) and so may {@code metadataWhitelist} ([]); a field value may be {@code null}.
 */
public record LunrInput(LunrSettings settings, List<LunrDocument> documents) {
    public LunrInput {
        documents = List.copyOf(documents);
    }

    /**
     * Reads a file in this format.
     *
     * @throws IOException              if it cannot be read
     * @throws IllegalArgumentException if it is not this format, naming the place (e.g. {@code documents[3].ref})
     */
    public static LunrInput read(Path file) throws IOException {
        return LunrInputJson.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses text in this format; see {@link #read(Path)}. */
    public static LunrInput parse(String json) {
        return LunrInputJson.parse(json);
    }

    /**
     * Parses documents as lunr.js's {@code builder.add(doc)} takes them, a JSON array of flat objects
     * ({@code [{"id":"a","title":"…","body":"…"}]}), to be indexed with these settings; properties that are neither
     * the ref nor a field are ignored, as lunr ignores them.
     *
     * @throws IllegalArgumentException if it is not such an array, naming the place (e.g. {@code [3].id})
     */
    public static LunrInput parseDocumentArray(String json, LunrSettings settings) {
        return LunrInputJson.parseDocumentArray(json, settings);
    }

    /** Writes this input as JSON (ASCII only, so lone surrogates survive), keys in the order shown above. */
    public void write(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.US_ASCII);
    }

    public String toJson() {
        return LunrInputJson.write(this);
    }
}
