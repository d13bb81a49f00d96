package handbook.search.lunr;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a lunr index from the command line, for any site:
 * <pre>
 * java -cp … handbook.search.lunr.LunrCli [--ref NAME] [--field NAME[^BOOST]]… [--compact FILE] documents.json index.json
 * </pre>
 * The documents are either a JSON array of flat objects, as lunr.js's {@code builder.add(doc)} takes them
 * ({@code [{"id":"a","title":"…","body":"…"}]}, indexed with {@code --ref} (default {@code id}) and the
 * {@code --field}s), or a file in {@link LunrInput}'s format, which carries its own settings and document boosts.
 * It writes what lunr.js's {@code JSON.stringify(idx)} would print, and with {@code --compact} also the index in
 * compact form for {@code lunr-compact.js}. Exits 0 on success, 1 when the input cannot be read or is not in the
 * format, 2 on wrong usage.
 */
public final class LunrCli {
    static final String USAGE = """
            usage: LunrCli [--ref NAME] [--field NAME[^BOOST]]... [--compact FILE] <documents.json> <index.json>
              documents.json  a JSON array of documents, e.g. [{"id":"a","title":"...","body":"..."}],
                              or a file with "ref", "fields" and "documents" (then no --ref or --field)
              --ref NAME      the property that names a document (default: id)
              --field NAME    a property to index; ^BOOST weights it (title^10); repeat for each field
              --compact FILE  also write the index in compact form (lunr-compact/1)""";

    private LunrCli() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command line, parsed. */
    private record Options(String ref, List<LunrField> fields, Path compact, Path input, Path output) {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        LunrInput documents;
        try {
            documents = read(options);
        } catch (NoSuchFileException e) {
            err.println("error: " + options.input() + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("error: cannot read " + options.input() + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("error: " + options.input() + ": " + e.getMessage());
            return 1;
        }
        LunrIndex index;
        String compact = null;
        try {
            LunrIndexBuilder builder = new LunrIndexBuilder(documents.settings());
            documents.documents().forEach(builder::add);
            index = builder.build();
            if (options.compact() != null) {
                compact = index.toCompactJson();
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + options.input() + ": " + e.getMessage());
            return 1;
        }
        String json = index.toJson();
        try {
            write(options.output(), json);
            if (compact != null) {
                write(options.compact(), compact);
            }
        } catch (IOException e) {
            err.println("error: cannot write: " + e.getMessage());
            return 1;
        }
        out.println("Indexed " + index.documentCount() + " documents (" + index.termCount() + " terms) into "
                + options.output() + ", " + json.getBytes(StandardCharsets.UTF_8).length + " bytes"
                + (compact == null ? "" : "; compact form " + options.compact() + ", "
                + compact.getBytes(StandardCharsets.UTF_8).length + " bytes"));
        return 0;
    }

    private static Options parse(String[] args) {
        String ref = null;
        List<LunrField> fields = new ArrayList<>();
        Path compact = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--ref" -> ref = value(args, ++i, arg);
                case "--field" -> fields.add(field(value(args, ++i, arg)));
                case "--compact" -> compact = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    files.add(arg);
                }
            }
        }
        if (files.size() != 2) {
            throw new IllegalArgumentException("expected <documents.json> <index.json>, got " + files.size() + " file(s)");
        }
        return new Options(ref, fields, compact, Path.of(files.get(0)), Path.of(files.get(1)));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** {@code title^10}: the field and its boost; {@code body}: boost 1. */
    private static LunrField field(String spec) {
        int caret = spec.lastIndexOf('^');
        if (caret < 0) {
            return LunrField.of(spec);
        }
        try {
            return new LunrField(spec.substring(0, caret), Double.parseDouble(spec.substring(caret + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--field " + spec + ": the boost after ^ must be a number");
        }
    }

    /** An array of documents takes its settings from the options; a {@link LunrInput} file has its own. */
    private static LunrInput read(Options options) throws IOException {
        String json = Files.readString(options.input(), StandardCharsets.UTF_8);
        if (json.stripLeading().startsWith("[")) {
            if (options.fields().isEmpty()) {
                throw new IllegalArgumentException("an array of documents needs at least one --field");
            }
            return LunrInput.parseDocumentArray(json, new LunrSettings(
                    options.ref() == null ? "id" : options.ref(), options.fields(), List.of()));
        }
        if (options.ref() != null || !options.fields().isEmpty()) {
            throw new IllegalArgumentException("this file names its own ref and fields: leave out --ref and --field");
        }
        return LunrInput.parse(json);
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
