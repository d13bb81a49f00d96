package handbook.practice;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The questions as an Anki deck: a CSV with Anki's header lines (comma, HTML, columns Front, Back, Tags; the
 * tags column is the fourth, after the id Anki uses to update notes on re-import), one note per question. Every
 * cell is quoted (RFC 4180, quotes doubled) and a cell starting with {@code = + - @}, tab or carriage return is
 * prefixed with a single quote, as OWASP's CSV injection guidance recommends, so a spreadsheet never runs it as a formula.
 */
final class AnkiDeck {
    static final String FILE = "questions-anki.csv";

    private AnkiDeck() {}

    static String csv(List<Question> questions, java.util.Map<String, String> chapterTitles) {
        StringBuilder sb = new StringBuilder("#separator:Comma\n#html:true\n#columns:Id,Front,Back,Tags\n#guid column:1\n#tags column:4\n");
        for (Question q : questions) {
            String front = escapeHtml(q.text()) + (q.prompt().isEmpty() ? "" : "<br>" + q.prompt());
            String back = q.answer() + "<p><small>" + escapeHtml(chapterTitles.getOrDefault(q.chapter(), q.chapter())) + "</small></p>";
            String tags = Stream.of("sde-handbook", "level::" + q.level(), "round::" + q.round(), "part::" + q.part(),
                    "chapter::" + q.chapter().replaceAll("\\.html$", "").replace('/', '-'))
                    .map(t -> t.startsWith("sde-handbook") ? t : "sde-handbook::" + t).collect(Collectors.joining(" "));
            sb.append(cell(q.id())).append(',').append(cell(front.replace("\n", " "))).append(',')
              .append(cell(back.replace("\n", " "))).append(',').append(cell(tags)).append('\n');
        }
        return sb.toString();
    }

    /** One quoted, formula-neutralised CSV cell. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
