package handbook.pages;

import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.TreeSet;

/**
 * Puts a strict Content-Security-Policy on every page, as a {@code <meta http-equiv>} first in the head (GitHub Pages
 * sends no headers of ours). Scripts, workers, styles, fonts, images and fetches come from the site itself only; no
 * plugins, no {@code <base>} elsewhere, no form posts. It is the second line of defence: a sanitizer bug alone must
 * not be enough to run script. The only inline styles allowed are the exact {@code style} attribute values the page
 * carries (table column widths, already limited by the sanitizer), by hash.
 */
public final class ContentSecurityPolicy {
    public static final String BASE = "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; media-src 'self'; object-src 'none'; frame-src 'none'; "
            + "base-uri 'self'; form-action 'none'; style-src 'self'";

    private ContentSecurityPolicy() {}

    public static void apply(RenderedPage page) {
        Element head = page.html().head();
        TreeSet<String> hashes = new TreeSet<>();
        page.html().select("[style]").forEach(e -> hashes.add("'sha256-" + sha256(e.attr("style")) + "'"));
        String policy = BASE + (hashes.isEmpty() ? "" : " 'unsafe-hashes' " + String.join(" ", hashes));
        head.select("meta[http-equiv=Content-Security-Policy]").remove();
        Element meta = new Element("meta").attr("http-equiv", "Content-Security-Policy").attr("content", policy);
        Element charset = head.selectFirst("meta[charset]");
        if (charset != null) {
            charset.after(meta);
        } else {
            head.prependChild(meta);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
