package handbook.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text, in hex: the name of content that must change whenever the content does. */
public final class ContentHash {
    private ContentHash() {}

    /** The full SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first 12 hex digits (48 bits): enough to tell a site's files apart, short enough for URLs. */
    public static String short12(String text) {
        return sha256(text).substring(0, 12);
    }
}
