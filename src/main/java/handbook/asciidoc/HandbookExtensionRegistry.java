package handbook.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/** Registers the handbook's AsciidoctorJ extensions with every Asciidoctor instance (found through the SPI). */
public final class HandbookExtensionRegistry implements ExtensionRegistry {
    @Override
    public void register(Asciidoctor asciidoctor) {
        asciidoctor.javaExtensionRegistry()
                .includeProcessor(ContentRootIncludeProcessor.class)
                .inlineMacro(TermInlineMacroProcessor.class)
                .treeprocessor(QuestionTreeprocessor.class)
                .treeprocessor(CheckedListingTreeprocessor.class);
    }
}
