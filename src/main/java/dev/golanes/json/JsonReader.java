package dev.golanes.json;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A strict JSON reader (RFC 8259) with limits, for files a user may have edited by hand or that may
 * be anything at all: objects become {@code LinkedHashMap<String, Object>}, arrays {@code List},
 * numbers {@link BigDecimal}, and {@code true}/{@code false}/{@code null} their Java values. It never
 * throws anything but {@link JsonException}: not on truncation, deep nesting, huge numbers or bad UTF-8.
 */
public final class JsonReader {
    /** Deeper nesting than this is refused rather than risking the stack. */
    public static final int MAX_DEPTH = 64;
    /** Longer numbers than this are refused: no scenario value needs them. */
    public static final int MAX_NUMBER = 40;
    /**
     * Numbers beyond 10^±1000 are refused: some BigDecimal operations grow with the exponent, and no
     * scenario value needs them.
     */
    public static final int MAX_EXPONENT = 1000;
    private static final int ECHO_LIMIT = 24;

    private final String text;
    private int at;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    /** Reads one JSON value from UTF-8 bytes; anything after it but white space is an error. */
    public static Object read(byte[] utf8) throws JsonException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new JsonException(1, 1, "json.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return read(text);
    }

    public static Object read(String text) throws JsonException {
        JsonReader reader = new JsonReader(text);
        reader.skipSpace();
        Object value = reader.value();
        reader.skipSpace();
        if (reader.at < text.length()) {
            throw reader.handWritten().orElse(reader.error("json.trailing"));
        }
        return value;
    }

    private Object value() throws JsonException {
        if (at >= text.length()) {
            throw error("json.endValue");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw handWritten().orElse(error("json.expectedValue", describe(c)));
            }
        };
    }

    private Map<String, Object> object() throws JsonException {
        enter();
        at++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            at++;
            depth--;
            return members;
        }
        Object last = null;
        while (true) {
            skipSpace();
            if (peek() != '"') {
                if (last instanceof Number && isDigit(peek()) && text.charAt(at - 1) == ',') {
                    // "speed": 1,5 or "hold": 1,000: a decimal comma, or a thousands mark, as people write numbers.
                    at = commaBefore(at);
                    throw error("json.numberComma");
                }
                throw handWritten('}').orElse(error("json.fieldName"));
            }
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            if (members.containsKey(name)) {
                throw error("json.duplicate", shortened(name));
            }
            last = value();
            members.put(name, last);
            skipSpace();
            if (peek() == ',') {
                at++;
                continue;
            }
            expect('}');
            depth--;
            return members;
        }
    }

    private List<Object> array() throws JsonException {
        enter();
        at++;
        List<Object> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            depth--;
            return items;
        }
        while (true) {
            skipSpace();
            if (!items.isEmpty() && peek() == ']') {
                at = commaBefore(at);
                throw error("json.trailingComma", "]");
            }
            items.add(value());
            skipSpace();
            if (peek() == ',') {
                at++;
                continue;
            }
            expect(']');
            depth--;
            return items;
        }
    }

    private String string() throws JsonException {
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("json.endString");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                at--;
                throw error("json.control");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("json.endString");
            }
            char e = text.charAt(at);
            if (e < 0x20) {
                // Quoted back, a raw line break after the backslash would break the message in two.
                throw error("json.control");
            }
            at++;
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("json.endString");
                    }
                    // Four hex digits exactly: Integer.parseInt alone would also take a sign, as in "+041".
                    String hex = text.substring(at, at + 4);
                    if (!hex.chars().allMatch(h -> Character.digit(h, 16) >= 0 && h < 0x80)) {
                        throw error("json.unicode");
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    at += 4;
                }
                default -> {
                    at--;
                    throw error("json.escape", String.valueOf(e));
                }
            }
        }
    }

    private BigDecimal number() throws JsonException {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("json.number");
        }
        if (peek() == '.') {
            at++;
            if (!isDigit(peek())) {
                throw error("json.number");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!isDigit(peek())) {
                throw error("json.number");
            }
            digits();
        }
        if (at - start > MAX_NUMBER) {
            at = start;
            throw error("json.numberLong", MAX_NUMBER);
        }
        try {
            BigDecimal value = new BigDecimal(text.substring(start, at));
            if (Math.abs(value.scale()) > MAX_EXPONENT) {
                at = start;
                throw error("json.numberRange", MAX_EXPONENT);
            }
            return value;
        } catch (NumberFormatException e) {
            at = start;
            throw error("json.number");
        }
    }

    private void digits() {
        while (isDigit(peek())) {
            at++;
        }
    }

    private Object literal(String word, Object value) throws JsonException {
        if (!text.startsWith(word, at)) {
            throw error("json.expectedValue", describe(text.charAt(at)));
        }
        at += word.length();
        return value;
    }

    private void enter() throws JsonException {
        if (++depth > MAX_DEPTH) {
            throw error("json.deep", MAX_DEPTH);
        }
    }

    private void expect(char c) throws JsonException {
        if (peek() != c) {
            throw at >= text.length() ? error("json.endExpected", String.valueOf(c))
                    : handWritten().orElse(error("json.expected", String.valueOf(c), describe(text.charAt(at))));
        }
        at++;
    }

    /**
     * What a file written by hand most often gets wrong, said as such where the reader stopped: a
     * comment, text in single quotes, or (before {@code close}) a comma after the last item. Editors
     * allow all three; JSON none.
     */
    private Optional<JsonException> handWritten(char close) {
        if (peek() == close && at > 0) {
            int before = commaBefore(at);
            if (text.charAt(before) == ',') {
                // Said where the comma is, at the end of its line, not at the '}' on the next.
                at = before;
                return Optional.of(error("json.trailingComma", String.valueOf(close)));
            }
        }
        return handWritten();
    }

    /** Where the last character before {@code from} that is not white space is (a comma, where one is expected). */
    private int commaBefore(int from) {
        int before = from - 1;
        while (before > 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return Math.max(0, before);
    }

    private Optional<JsonException> handWritten() {
        if (text.startsWith("//", at) || text.startsWith("/*", at)) {
            return Optional.of(error("json.comment"));
        }
        if (peek() == '\'') {
            return Optional.of(error("json.singleQuote"));
        }
        return Optional.empty();
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A name from the text, on one line and short enough that a pasted novel does not flood the message. */
    private static String shortened(String name) {
        String flat = name.replaceAll("\\p{Cntrl}", " ");
        return flat.length() <= ECHO_LIMIT ? flat : flat.substring(0, ECHO_LIMIT) + "…";
    }

    private static String describe(char c) {
        return c < 0x20 || c == 0x7F ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }

    private JsonException error(String key, Object... args) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonException(line, column, key, args);
    }
}
