package handbook.lint;

import handbook.build.Problems;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internal links resolve: {@code xref:path.adoc[]}, {@code xref:path.adoc#id[]}, {@code <<id>>},
 * {@code <<file.adoc#id,text>>} and {@code link:relative.html[]} name a page (or file) that exists, relative to
 * the page the source is rendered into, and an id that the page will have (see {@link SectionIds}). External
 * links, links built from attributes and {@code mailto:} are left alone; the baked site's link check stays the
 * final authority.
 */
public final class InternalLinkRule {
    private static final Pattern XREF = Pattern.compile("xref:([^\\s\\[]+)\\[|<<([\\p{L}\\p{Nd}_#/.:{][^>]*?)>>");
    private static final Pattern LINK = Pattern.compile("(?<![\\w:])link:([^\\s\\[]+)\\[");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    private InternalLinkRule() {}

    /** Checks the links of {@code file}, which is rendered into the page {@code page} (see {@link LinkTargets#pageOf}). */
    public static void check(String file, List<String> lines, String page, LinkTargets targets, Problems problems) {
        for (AdocLine line : BlockScanner.scan(lines)) {
            if (!line.isText()) {
                continue;
            }
            String text = Passthroughs.blank(line.text());
            Matcher x = XREF.matcher(text);
            while (x.find()) {
                String target = x.group(1) != null ? x.group(1) : x.group(2).split(",", 2)[0].strip();
                String shown = x.group(1) != null ? "xref:" + target + "[]" : "<<" + target + ">>";
                checkXref(file, line.number(), page, target, shown, targets, problems);
            }
            Matcher l = LINK.matcher(text);
            while (l.find()) {
                checkLink(file, line.number(), page, l.group(1), targets, problems);
            }
        }
    }

    private static void checkXref(String file, int line, String page, String target, String shown,
                                  LinkTargets targets, Problems problems) {
        if (target.contains("{")) {
            return;
        }
        int hash = target.indexOf('#');
        String path = hash >= 0 ? target.substring(0, hash) : target.endsWith(".adoc") ? target : "";
        String fragment = hash >= 0 ? target.substring(hash + 1) : path.isEmpty() ? target : "";
        String source = page;
        if (!path.isEmpty()) {
            if (!path.substring(path.lastIndexOf('/') + 1).contains(".")) {
                path = path + ".adoc";
            } else if (path.endsWith(".html")) {
                path = path.substring(0, path.length() - ".html".length()) + ".adoc";
            }
            Optional<String> resolved = LinkTargets.resolve(page, path);
            if (resolved.isEmpty()) {
                problems.error(file, line, "cross reference " + shown + " leaves content/");
                return;
            }
            source = resolved.get();
            if (!targets.isPage(source)) {
                problems.error(file, line, "broken cross reference " + shown + ": " + source + (targets.exists(source)
                        ? " is not a page (partials and glossary term files are not rendered on their own)" : " does not exist"));
                return;
            }
        }
        checkFragment(file, line, shown, source, fragment, targets, problems);
    }

    private static void checkLink(String file, int line, String page, String target, LinkTargets targets, Problems problems) {
        if (target.contains("{") || target.startsWith("//") || SCHEME.matcher(target).matches()) {
            return; // external, or built from an attribute
        }
        String shown = "link:" + target + "[]";
        if (target.startsWith("/")) {
            problems.error(file, line, "link " + shown + " is absolute and breaks under a base path: use a relative link");
            return;
        }
        String withoutQuery = target.replaceFirst("\\?[^#]*", "");
        int hash = withoutQuery.indexOf('#');
        String path = hash >= 0 ? withoutQuery.substring(0, hash) : withoutQuery;
        String fragment = hash >= 0 ? withoutQuery.substring(hash + 1) : "";
        if (path.isEmpty()) {
            checkFragment(file, line, shown, page, fragment, targets, problems);
            return;
        }
        if (path.endsWith("/")) {
            path = path + "index.html";
        }
        Optional<String> resolved = LinkTargets.resolve(page, path);
        if (resolved.isEmpty()) {
            problems.error(file, line, "link " + shown + " leaves the site");
            return;
        }
        String sitePath = resolved.get().substring("content/".length());
        if (path.endsWith(".html")) {
            String source = resolved.get().substring(0, resolved.get().length() - ".html".length()) + ".adoc";
            if (targets.isPage(source)) {
                checkFragment(file, line, shown, source, fragment, targets, problems);
                return;
            }
        }
        if (!targets.isFile(resolved.get()) && !targets.isGeneratedOrAsset(sitePath)) {
            problems.error(file, line, "broken link " + shown + ": the site has no " + sitePath);
        }
    }

    private static void checkFragment(String file, int line, String shown, String source, String fragment,
                                      LinkTargets targets, Problems problems) {
        if (fragment.isEmpty()) {
            return;
        }
        targets.idsOf(source).ifPresent(ids -> {
            if (!ids.ids().contains(fragment) && !ids.titles().containsKey(fragment)) {
                problems.error(file, line, "broken anchor in " + shown + ": " + source + " has no section or anchor with id '"
                        + fragment + "'");
            }
        });
    }
}
