package handbook.search;

import handbook.build.ContentHash;
import handbook.build.Json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole texts of sections whose opening words are all the store keeps, grouped by page in the order pages first
 * appear, a long page's texts split into files of about {@value #FILE_CHARS} characters, so that a result fetches
 * little. Each file is named by its content ({@code search-text/<hash>.json}): a store of one build never reads
 * another build's text under the same name, whatever a cache holds.
 */
final class SectionTextFiles {
    static final String DIR = "search-text";
    static final int FILE_CHARS = 16_000;

    private final List<Map<String, String>> files = new ArrayList<>();
    private final Map<String, Integer> openFileByPage = new HashMap<>();
    private final List<Integer> sizes = new ArrayList<>();
    /** The files' JSON and names, once written; null after an {@link #add}. */
    private List<String> json;
    private List<String> names;

    /** Adds a section's text; returns the file's number, which {@link #names()} turns into its name. */
    int add(String url, String ref, String text) {
        String page = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        Integer file = openFileByPage.get(page);
        if (file == null || sizes.get(file) + text.length() > FILE_CHARS) {
            file = files.size();
            files.add(new HashMap<>());
            sizes.add(0);
            openFileByPage.put(page, file);
        }
        files.get(file).put(ref, text);
        json = null;
        sizes.set(file, sizes.get(file) + text.length());
        return file;
    }

    /** Each file's name (its content hash), by number. */
    List<String> names() {
        written();
        return names;
    }

    /** The files by path under the site, in path order. */
    Map<String, String> files() {
        written();
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < json.size(); i++) {
            out.put(DIR + "/" + names.get(i) + ".json", json.get(i));
        }
        return out;
    }

    /** Writes each file's JSON and names it, once however often names and files are asked for. */
    private void written() {
        if (json == null) {
            json = files.stream().map(Json::write).toList();
            names = json.stream().map(ContentHash::short12).toList();
        }
    }
}
