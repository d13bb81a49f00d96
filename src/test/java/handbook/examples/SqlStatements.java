package handbook.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL listing into statements where psql would send them: at each {@code ;} outside quotes, quoted
 * identifiers, dollar quotes, comments and parentheses. Running them one by one, each in its own implicit
 * transaction, is what a reader who pastes the listing into psql gets; sending the whole listing at once would run
 * it as one transaction and change what an error undoes. Pieces holding only comments are dropped, as psql does.
 * Not handled: psql's backslash commands and {@code BEGIN ATOMIC} function bodies.
 */
final class SqlStatements {

    private SqlStatements() {}

    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        int start = 0;
        int depth = 0;
        boolean meaningful = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int skipTo = skipQuotedOrComment(sql, i);
            if (skipTo > i) {
                meaningful |= !isComment(sql, i);
                i = skipTo;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ';' && depth == 0) {
                add(statements, sql.substring(start, i), meaningful);
                start = i + 1;
                meaningful = false;
                i++;
                continue;
            }
            meaningful |= !Character.isWhitespace(c);
            i++;
        }
        add(statements, sql.substring(start), meaningful);
        return List.copyOf(statements);
    }

    private static void add(List<String> statements, String statement, boolean meaningful) {
        if (meaningful) {
            statements.add(statement.strip());
        }
    }

    private static boolean isComment(String sql, int i) {
        return sql.startsWith("--", i) || sql.startsWith("/*", i);
    }

    /** The index after the quoted text or comment starting at {@code i}, or {@code i} when none starts there. */
    private static int skipQuotedOrComment(String sql, int i) {
        char c = sql.charAt(i);
        if (sql.startsWith("--", i)) {
            int end = sql.indexOf('\n', i);
            return end < 0 ? sql.length() : end + 1;
        }
        if (sql.startsWith("/*", i)) {
            return skipBlockComment(sql, i);
        }
        if (c == '\'') {
            boolean escapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                    && (i < 2 || !isIdentifierChar(sql.charAt(i - 2)));
            return skipQuoted(sql, i, '\'', escapes);
        }
        if (c == '"') {
            return skipQuoted(sql, i, '"', false);
        }
        if (c == '$' && (i == 0 || !isIdentifierChar(sql.charAt(i - 1)))) {
            return skipDollarQuoted(sql, i);
        }
        return i;
    }

    /** {@code /* ... * /} comments nest in PostgreSQL. */
    private static int skipBlockComment(String sql, int i) {
        int depth = 0;
        int j = i;
        while (j < sql.length()) {
            if (sql.startsWith("/*", j)) {
                depth++;
                j += 2;
            } else if (sql.startsWith("*/", j)) {
                depth--;
                j += 2;
                if (depth == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return sql.length();
    }

    /** A doubled quote is an escaped quote; in {@code E'...'} strings a backslash escapes too. */
    private static int skipQuoted(String sql, int i, char quote, boolean backslashEscapes) {
        int j = i + 1;
        while (j < sql.length()) {
            char c = sql.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == quote && j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
                j += 2;
            } else if (c == quote) {
                return j + 1;
            } else {
                j++;
            }
        }
        return sql.length();
    }

    /** {@code $$...$$} or {@code $tag$...$tag$}; a {@code $} that opens no tag (a {@code $1} parameter) is not one. */
    private static int skipDollarQuoted(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && isTagChar(sql.charAt(j)) && !Character.isDigit(sql.charAt(i + 1))) {
            j++;
        }
        if (j >= sql.length() || sql.charAt(j) != '$') {
            return i;
        }
        String tag = sql.substring(i, j + 1);
        int end = sql.indexOf(tag, j + 1);
        return end < 0 ? sql.length() : end + tag.length();
    }

    private static boolean isTagChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
