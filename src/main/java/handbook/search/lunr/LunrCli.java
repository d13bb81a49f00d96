package handbook.search.lunr;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Builds a lunr index from the command line:
 * {@code java -cp … handbook.search.lunr.LunrCli documents.json index.json}.
 * Reads documents in {@link LunrInput}'s format and writes what lunr.js's {@code JSON.stringify(idx)} would print.
 * Exits 0 on success, 1 when the input cannot be read or is not in the format, 2 on wrong usage.
 */
public final class LunrCli {
    private LunrCli() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: LunrCli <documents.json> <index.json>");
            return 2;
        }
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        LunrInput documents;
        try {
            documents = LunrInput.read(input);
        } catch (NoSuchFileException e) {
            err.println("error: " + input + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("error: cannot read " + input + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("error: " + input + ": " + e.getMessage());
            return 1;
        }
        LunrIndex index;
        try {
            LunrIndexBuilder builder = new LunrIndexBuilder(documents.settings());
            documents.documents().forEach(builder::add);
            index = builder.build();
        } catch (IllegalArgumentException e) {
            err.println("error: " + input + ": " + e.getMessage());
            return 1;
        }
        String json = index.toJson();
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
        out.println("Indexed " + index.documentCount() + " documents (" + index.termCount() + " terms) into "
                + output + ", " + json.getBytes(StandardCharsets.UTF_8).length + " bytes");
        return 0;
    }
}
