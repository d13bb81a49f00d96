package handbook.glossary;

import java.util.List;

/**
 * A glossary term, read from {@code content/glossary/<id>.adoc}.
 *
 * @param body the longer definition, AsciiDoc
 * @param source the term file, relative to the project
 */
public record Term(String id, String name, List<String> aliases, String shortDefinition, String body,
                   List<String> seeAlso, List<String> contrastWith, List<String> tags, String source) {

    public Term {
        aliases = List.copyOf(aliases);
        seeAlso = List.copyOf(seeAlso);
        contrastWith = List.copyOf(contrastWith);
        tags = List.copyOf(tags);
    }

    /** Name and aliases: what a reader may type to find the term. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }

    public String anchor() {
        return "term-" + id;
    }
}
