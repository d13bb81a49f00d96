package handbook.errata;

import handbook.build.Problems;
import handbook.content.Chapter;
import handbook.content.SiteContent;
import handbook.glossary.Glossary;
import handbook.lint.LinkTargets;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Checks that every correction names a chapter that exists ({@code part/slug}, or {@code glossary}) and a section
 * that the chapter has (a term id for the glossary), and that no date lies after the newest commit. Problems are
 * reported at the entry's line; only the corrections that pass are returned (the pages are built from those).
 */
public final class ErrataCheck {
    private ErrataCheck() {}

    public static List<Correction> check(List<Correction> corrections, SiteContent site, Glossary glossary,
                                         LinkTargets targets, Optional<LocalDate> now, Problems problems) {
        List<Correction> valid = new java.util.ArrayList<>();
        for (Correction c : corrections) {
            if (now.isPresent() && c.date().isAfter(now.get().plusDays(1))) {
                problems.error(c.file(), c.line(), "date " + c.date() + " is after the newest commit (" + now.get() + ")");
            }
            if (c.isGlossary()) {
                if (glossary.find(c.section()).isEmpty()) {
                    problems.error(c.file(), c.line(), "the glossary has no term '" + c.section() + "' (give the term id, "
                            + "the file name under content/glossary/ without .adoc)");
                } else {
                    valid.add(c);
                }
                continue;
            }
            Optional<Chapter> chapter = chapter(site, c.chapter());
            if (chapter.isEmpty()) {
                problems.error(c.file(), c.line(), "no chapter '" + c.chapter() + "': write <part folder>/<file name "
                        + "without .adoc> (e.g. core/advanced-sql), or 'glossary'");
                continue;
            }
            boolean known = targets.idsOf(chapter.get().source()).map(ids -> ids.ids().contains(c.section())).orElse(false);
            if (!known) {
                problems.error(c.file(), c.line(), chapter.get().source() + " has no section with id '" + c.section() + "'");
            } else {
                valid.add(c);
            }
        }
        return valid;
    }

    static Optional<Chapter> chapter(SiteContent site, String id) {
        return site.chapters().stream().filter(ch -> (ch.partId() + "/" + ch.slug()).equals(id)).findFirst();
    }
}
