package handbook.examples;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlStatementsTest {

    @Test
    void splitsAtSemicolonsAndDropsEmptyAndCommentOnlyPieces() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), SqlStatements.split("SELECT 1;\n\n  SELECT 2;;\n-- done\n"));
    }

    @Test
    void keepsTheLastStatementWithoutASemicolon() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), SqlStatements.split("SELECT 1; SELECT 2"));
    }

    @Test
    void ignoresSemicolonsInStringsIdentifiersAndComments() {
        assertEquals(List.of("SELECT 'a;b', 'it''s;', \"odd;name\" -- c;d\nFROM t", "/* x; /* nested; */ y; */ SELECT 2"),
                SqlStatements.split("SELECT 'a;b', 'it''s;', \"odd;name\" -- c;d\nFROM t; /* x; /* nested; */ y; */ SELECT 2;"));
    }

    @Test
    void ignoresSemicolonsInEscapeStringsDollarQuotesAndParentheses() {
        String function = "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$";
        assertEquals(List.of("SELECT E'a\\';b'", function, "SELECT $$x;y$$", "CREATE RULE r AS ON INSERT TO t DO (a; b)"),
                SqlStatements.split("SELECT E'a\\';b';" + function + ";SELECT $$x;y$$;"
                        + "CREATE RULE r AS ON INSERT TO t DO (a; b);"));
    }

    @Test
    void doesNotTakeParametersOrIdentifiersWithDollarsForDollarQuotes() {
        assertEquals(List.of("PREPARE p AS SELECT $1", "SELECT a$b$ FROM t"),
                SqlStatements.split("PREPARE p AS SELECT $1; SELECT a$b$ FROM t;"));
    }
}
