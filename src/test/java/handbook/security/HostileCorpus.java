package handbook.security;

import handbook.build.FixtureProject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The red team's probes (and our own) as content: {@code src/test/resources/hostile/<group>/} laid over the fixture
 * site. In the files, a line {@code // probe: <id>} (or {@code <!-- probe: <id> -->} in SVG) starts a probe that runs
 * to the next probe line or {@code // end of probes}; a group's {@code probes.txt} lists probes by path instead.
 */
public final class HostileCorpus {
    public static final Path ROOT = Path.of("src/test/resources/hostile");
    private static final Pattern MARKER = Pattern.compile("^\\s*(?://|<!--) (probe: (\\S+)|end of probes|not a probe)");

    /** A probe: its id and the lines of a file it spans (1-based, inclusive). */
    public record Probe(String id, String file, int first, int last) {
        boolean covers(String errorFile, int line) {
            return errorFile.equals(file) && (first == 0 || (line >= first && line <= last));
        }
    }

    private HostileCorpus() {}

    /** Builds the inert group under the base path {@code /handbook} (as the site is served); returns the site. */
    public static Path buildInertSite(Path dir, handbook.bake.JBakeOven oven) {
        Path project = project("inert", dir);
        Path site = project.resolve("target/site");
        new handbook.build.SiteBuild(handbook.build.BuildConfig.load(project, site, "/handbook"), oven).run();
        return site;
    }

    /** The fixture project with the group's files added. */
    public static Path project(String group, Path dir) {
        Path project = FixtureProject.create(dir);
        FixtureProject.copy(ROOT.resolve(group).resolve("content"), project.resolve("content"));
        return project;
    }

    /** Every probe of a group: the markers in its content files and the lines of its probes.txt. */
    public static List<Probe> probes(String group) {
        List<Probe> probes = new ArrayList<>();
        Path base = ROOT.resolve(group);
        try (Stream<Path> files = Files.walk(base.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = base.relativize(file).toString().replace('\\', '/');
                List<String> lines;
                try {
                    lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                } catch (MalformedInputException e) {
                    continue;
                }
                String open = null;
                int start = 0;
                for (int i = 0; i <= lines.size(); i++) {
                    Matcher m = i < lines.size() ? MARKER.matcher(lines.get(i)) : null;
                    if (m == null || m.find()) {
                        if (open != null) {
                            probes.add(new Probe(open, rel, start, i));
                        }
                        open = m != null && m.group(2) != null ? m.group(2) : null;
                        start = i + 1;
                    }
                }
            }
            Path list = base.resolve("probes.txt");
            if (Files.exists(list)) {
                for (String line : Files.readAllLines(list)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String id = line.substring(0, line.indexOf(' '));
                    String where = line.substring(line.indexOf(' ') + 1);
                    int colon = where.lastIndexOf(':');
                    if (colon > 0 && where.substring(colon + 1).matches("\\d+")) {
                        int n = Integer.parseInt(where.substring(colon + 1));
                        probes.add(new Probe(id, where.substring(0, colon), n, n));
                    } else {
                        probes.add(new Probe(id, where, 0, 0));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return probes;
    }
}
