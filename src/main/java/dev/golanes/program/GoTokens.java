package dev.golanes.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a line of Go into pieces to colour: enough of Go's lexical rules for the programs shown. */
public final class GoTokens {

    /** What a piece of a line is. */
    public enum Kind {
        KEYWORD, TYPE, STRING, NUMBER, COMMENT, CALL, PLAIN
    }

    /** A piece of a line. */
    public record Token(Kind kind, String text) {
    }

    private static final Set<String> KEYWORDS = Set.of("break", "case", "chan", "const", "continue", "default", "defer",
            "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
            "return", "select", "struct", "switch", "type", "var");
    private static final Set<String> TYPES = Set.of("int", "float32", "float64", "string", "bool", "error", "byte",
            "rune", "int64", "append", "len", "make", "new", "panic", "nil", "true", "false");

    private GoTokens() {
    }

    public static List<Token> of(String line) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int end;
            Kind kind;
            if (line.startsWith("//", i)) {
                end = line.length();
                kind = Kind.COMMENT;
            } else if (line.startsWith("/*", i)) {
                int close = line.indexOf("*/", i + 2);
                end = close < 0 ? line.length() : close + 2;
                kind = Kind.COMMENT;
            } else if (c == '"' || c == '`') {
                end = stringEnd(line, i, c);
                kind = Kind.STRING;
            } else if (Character.isDigit(c)) {
                end = i;
                while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '.')) {
                    end++;
                }
                kind = Kind.NUMBER;
            } else if (Character.isLetter(c) || c == '_') {
                end = i;
                while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
                    end++;
                }
                String word = line.substring(i, end);
                kind = KEYWORDS.contains(word) ? Kind.KEYWORD : TYPES.contains(word) ? Kind.TYPE
                        : end < line.length() && line.charAt(end) == '(' ? Kind.CALL : Kind.PLAIN;
            } else {
                end = i + 1;
                while (end < line.length() && !startsToken(line, end)) {
                    end++;
                }
                kind = Kind.PLAIN;
            }
            add(tokens, kind, line.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static boolean startsToken(String line, int at) {
        char c = line.charAt(at);
        return Character.isLetterOrDigit(c) || c == '_' || c == '"' || c == '`' || line.startsWith("//", at)
                || line.startsWith("/*", at);
    }

    private static int stringEnd(String line, int start, char quote) {
        int i = start + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && quote == '"') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            i++;
        }
        return line.length();
    }

    /** Neighbouring plain pieces are merged, so a line becomes few pieces. */
    private static void add(List<Token> tokens, Kind kind, String text) {
        if (kind == Kind.PLAIN && !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == Kind.PLAIN) {
            Token last = tokens.remove(tokens.size() - 1);
            tokens.add(new Token(Kind.PLAIN, last.text() + text));
        } else {
            tokens.add(new Token(kind, text));
        }
    }
}
