package dev.golanes.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.json.JsonException;
import dev.golanes.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Files that are not scenario files, or not JSON, or not even text: the readers refuse each with
 * their own exception ({@link ScenarioFileException}, {@link JsonException} for the JSON reader) and
 * a one-line message, and never throw anything else. Inputs are bounded, so nothing here can hang.
 */
class MalformedScenarioFilesTest {
    private static final String VALID = ScenarioFile.write(
            new Scenario(Mode.MUTEX, 3, new DelaySpec.Listed(List.of(1200L, 300L, 1800L)), 300, -42), "sim", 2.5);
    /** Every kind of token a scenario file holds, including escapes, non-ASCII text and a tab. */
    private static final String RICH = "{\"golanes\" : \"scenario\",\t\"mode\":\"Mutex\",\n \"calls\": 2,"
            + " \"delays\": [0, 1.5e3], \"hold\": 0, \"seed\": -1, \"engine\": \"s\\u0069m\", \"speed\": 1E0}\n";

    @Test
    void aFileCutShortAnywhereIsRefused() {
        for (String file : List.of(VALID, RICH)) {
            byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
            int closing = file.lastIndexOf('}');
            for (int length = 0; length < bytes.length; length++) {
                Optional<ScenarioFileException> refusal = read(Arrays.copyOf(bytes, length));
                assertEquals(length <= closing, refusal.isPresent(), "cut after " + length + " bytes: " + refusal);
            }
        }
        // An empty file (a new one, or one saved empty) is said to be empty, not to end where a value was expected.
        assertEquals("the file is empty: a scenario file holds one JSON object with named fields, such as \"mode\": \"mutex\" "
                + "(Save, Ctrl+S, writes one)", refusal(""));
        assertEquals(refusal(""), refusal(" \n\t"), "blank is empty");
        assertEquals("not valid JSON, which a scenario file is: line 4, column 7: the text ends inside a string", refusal(VALID.substring(0, VALID.indexOf("ls\""))));
        assertEquals("not valid JSON, which a scenario file is: line 5, column 23: the text ends where ']' was expected",
                refusal(VALID.substring(0, VALID.indexOf("300,") + 3)));
    }

    @Test
    void deepNestingIsRefusedBeforeItRisksTheStack() {
        assertEquals("not valid JSON, which a scenario file is: line 1, column 65: nested more than 64 levels deep", refusal("[".repeat(100_000)));
        assertEquals("not valid JSON, which a scenario file is: line 1, column 321: nested more than 64 levels deep", refusal("{\"a\":".repeat(100_000)));
        assertEquals("not valid JSON, which a scenario file is: line 1, column 73: nested more than 64 levels deep",
                refusal("{\"mode\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"));
        assertEquals("a scenario file holds one JSON object with named fields, such as \"mode\": \"mutex\"",
                refusal("[".repeat(64) + "]".repeat(64)), "64 levels are JSON, but not a scenario");
    }

    @Test
    void hugeAndMalformedNumbersAreRefused() {
        String tooBig = "the number is too large or too small (its exponent is beyond 1000)";
        assertEquals("not valid JSON, which a scenario file is: line 1, column 28: " + tooBig, refusal("{\"mode\": \"mutex\", \"calls\": 1e999999999}"));
        assertEquals("not valid JSON, which a scenario file is: line 1, column 27: " + tooBig, refusal("{\"mode\": \"mutex\", \"seed\": -1e-999999999}"));
        assertEquals("not valid JSON, which a scenario file is: line 1, column 28: " + tooBig, refusal("{\"mode\": \"mutex\", \"speed\": 1e1001}"));
        assertEquals("not valid JSON, which a scenario file is: line 1, column 28: the number is too long (more than 40 characters)",
                refusal("{\"mode\": \"mutex\", \"calls\": " + "9".repeat(400) + "}"));
        assertEquals("not valid JSON, which a scenario file is: line 1, column 28: this is not a valid number",
                refusal("{\"mode\": \"mutex\", \"calls\": 1e99999999999}"));
        for (String number : List.of("-", "1.", ".5", "01", "1e", "1e+", "+1", "0x10", "Infinity", "NaN", "--1", "1_000")) {
            Optional<ScenarioFileException> refusal = read(bytes("{\"mode\": \"mutex\", \"calls\": " + number + "}"));
            assertTrue(refusal.isPresent() && refusal.get().field() == null, number + " is not a JSON number");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[][] broken = {
            {(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
        };
        for (byte[] bad : broken) {
            byte[] file = concat(bytes("{\"mode\": \"mu"), bad, bytes("tex\"}"));
            assertEquals("not valid JSON, which a scenario file is: line 1, column 1: the file is not UTF-8 text", refusal(file), Arrays.toString(bad));
        }
        assertEquals("not valid JSON, which a scenario file is: line 1, column 1: the file is not UTF-8 text", refusal(concat(bytes(VALID), new byte[] {(byte) 0xE2})));
    }

    @Test
    void aByteOrderMarkIsSkippedOnceAtTheStartOnly() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertTrue(read(concat(bom, bytes(VALID))).isEmpty(), "an editor's BOM is fine");
        assertEquals("not valid JSON, which a scenario file is: line 1, column 1: expected a value but found '\uFEFF'", refusal(concat(bom, bom, bytes(VALID))));
        assertEquals("not valid JSON, which a scenario file is: line 1, column 2: expected a field name in double quotes",
                refusal(concat(bytes("{"), bom, bytes("\"mode\": \"mutex\"}"))));
    }

    /**
     * What an editor allows and JSON does not, said as such: "expected a field name in double quotes"
     * did not tell a teacher that the comma after the last field, or a comment, was at fault.
     */
    @Test
    void aTrailingCommaACommentOrSingleQuotesAreNamed() {
        String bad = "not valid JSON, which a scenario file is: ";
        // Said where the comma is: at the end of its line, not at the '}' on the next.
        assertEquals(bad + "line 1, column 17: a comma before '}': JSON takes no comma after the last item",
                refusal("{\"mode\": \"mutex\",}"));
        assertEquals(bad + "line 3, column 12: a comma before '}': JSON takes no comma after the last item",
                refusal("{\r\n \"mode\": \"mutex\",\r\n \"seed\": 42,\r\n}\r\n"));
        assertEquals(bad + "line 1, column 22: a comma before ']': JSON takes no comma after the last item",
                refusal("{\"delays\": [1200, 300, ], \"mode\": \"mutex\"}"));
        // A decimal comma, or a thousands mark, as people write numbers: "expected a field name" said nothing of it.
        assertEquals(bad + "line 1, column 29: a comma in a number: JSON writes 1.5 with a full stop, and 1000 with no thousands mark",
                refusal("{\"mode\": \"mutex\", \"speed\": 1,5}"));
        assertEquals(bad + "line 1, column 28: a comma in a number: JSON writes 1.5 with a full stop, and 1000 with no thousands mark",
                refusal("{\"mode\": \"mutex\", \"hold\": 1,000}"));
        for (String comment : new String[] {"{// the lesson\n\"mode\": \"mutex\"}", "{\"mode\": \"mutex\" /* 3 */}",
            "// the lesson\n{\"mode\": \"mutex\"}", "{\"mode\": \"mutex\"} // end"}) {
            assertTrue(refusal(comment).endsWith("a comment, which JSON does not allow: remove the // or /* */ text"),
                    comment + ": " + refusal(comment));
        }
        assertEquals(bad + "line 1, column 2: a single quote: JSON writes text and field names in double quotes",
                refusal("{'mode': 'mutex'}"));
        assertEquals(bad + "line 1, column 10: a single quote: JSON writes text and field names in double quotes",
                refusal("{\"mode\": 'mutex'}"));
    }

    /** A value of the wrong kind is echoed, as a list's entry is: the message said only what calls must be. */
    @Test
    void aNumberOfTheWrongKindIsEchoed() {
        assertTrue(refusal("{\"mode\": \"mutex\", \"calls\": {\"n\": 5}}").endsWith("(got \"{…}\")"));
        assertTrue(refusal("{\"mode\": \"mutex\", \"hold\": [300, \"ms\", {}]}").endsWith("(got \"[300, \"ms\", …]\")"),
                refusal("{\"mode\": \"mutex\", \"hold\": [300, \"ms\", {}]}"));
        // A thousand as Indonesian writes it was read as 1 ms (70.000 as 70), with nothing said: refused.
        assertTrue(refusal("{\"mode\": \"mutex\", \"hold\": 1.000}")
                .endsWith("hold must be a whole number from 0 to 60,000, written with no thousands mark (got \"1.000\")"),
                refusal("{\"mode\": \"mutex\", \"hold\": 1.000}"));
        assertTrue(refusal("{\"mode\": \"mutex\", \"hold\": 70.000}").endsWith("written with no thousands mark (got \"70.000\")"));
        assertTrue(refusal("{\"mode\": \"mutex\", \"delays\": [1.000, 2.000]}")
                .endsWith("delays: entry 1 of 2 must be whole milliseconds from 0 to 600,000, written with no thousands mark (got 1.000)"),
                refusal("{\"mode\": \"mutex\", \"delays\": [1.000, 2.000]}"));
        assertTrue(refusal("{\"mode\": \"mutex\", \"seed\": 1.000}").contains("seed must be a whole number"),
                refusal("{\"mode\": \"mutex\", \"seed\": 1.000}"));
        // One group of three after 1 to 999 only: no grouped number is written -1.000 or 1000.000.
        assertTrue(refusal("{\"mode\": \"mutex\", \"hold\": -1.000}").endsWith("hold must be a whole number from 0 to 60,000 (got \"-1.000\")"),
                refusal("{\"mode\": \"mutex\", \"hold\": -1.000}"));
        ScenarioFileException indonesian = org.junit.jupiter.api.Assertions.assertThrows(ScenarioFileException.class,
                () -> ScenarioFile.read("{\"mode\": \"mutex\", \"hold\": 1.000}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("hold harus bilangan bulat dari 0 sampai 60.000, ditulis tanpa pemisah ribuan (tertulis \"1.000\")",
                indonesian.message(dev.golanes.i18n.Texts.forLocale(java.util.Locale.forLanguageTag("id"))));
        // No thousands start with 0: 0.300 is a fraction, refused as one.
        assertTrue(refusal("{\"mode\": \"mutex\", \"hold\": 0.300}").endsWith("hold must be a whole number from 0 to 60,000 (got \"0.300\")"),
                refusal("{\"mode\": \"mutex\", \"hold\": 0.300}"));
        // A comma followed by a space is no number's: the field's name is what is missing there.
        assertTrue(refusal("{\"calls\": 5, 6: 1}").endsWith("line 1, column 14: expected a field name in double quotes"),
                refusal("{\"calls\": 5, 6: 1}"));
        assertTrue(refusal("{\"mode\": \"mutex\", \"calls\": true}").endsWith("calls must be a whole number from 1 to 1,000,000 (got \"true\")"),
                refusal("{\"mode\": \"mutex\", \"calls\": true}"));
        assertTrue(refusal("{\"mode\": \"mutex\", \"calls\": null}").endsWith("(got \"null\")"));
        assertTrue(refusal("{\"mode\": \"mutex\", \"hold\": \"300ms\"}").endsWith("hold must be a whole number from 0 to 60,000 (got \"300ms\")"),
                refusal("{\"mode\": \"mutex\", \"hold\": \"300ms\"}"));
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        assertEquals("not valid JSON, which a scenario file is: line 1, column 26: the field \"mode\" appears twice", refusal("{\"mode\":\"mutex\", \"mode\": \"race\"}"));
        String name = "x\n".repeat(5_000);
        String twice = "{\"" + name.replace("\n", "\\n") + "\": 1, \"" + name.replace("\n", "\\n") + "\": 2}";
        assertEquals("not valid JSON, which a scenario file is: line 1, column 30013: the field \"" + "x ".repeat(12) + "…\" appears twice", refusal(twice));
    }

    @Test
    void nulBytesAreRefusedWhereverTheyAre() {
        assertEquals("not valid JSON, which a scenario file is: line 1, column 13: a string may not contain a raw control character", refusal("{\"mode\": \"mu\0tex\"}"));
        assertEquals("not valid JSON, which a scenario file is: line 1, column 10: expected a value but found U+0000", refusal("{\"mode\": \0\"mutex\"}"));
        assertEquals("not valid JSON, which a scenario file is: line 11, column 1: there is more text after the end of the JSON value", refusal(VALID + "\0"));
        assertEquals("not valid JSON, which a scenario file is: line 1, column 1: expected a value but found U+0000", refusal("\0".repeat(1_000)));
    }

    @Test
    void escapesMustBeComplete() {
        assertEquals("not valid JSON, which a scenario file is: line 1, column 13: \\u must be followed by four hexadecimal digits",
                refusal("{\"mode\": \"\\u+041\"}"), "a sign is not a hexadecimal digit");
        assertEquals("not valid JSON, which a scenario file is: line 1, column 13: \\u must be followed by four hexadecimal digits", refusal("{\"mode\": \"\\u00G1\"}"));
        assertEquals("not valid JSON, which a scenario file is: line 1, column 13: the text ends inside a string", refusal("{\"mode\": \"\\u00"));
        assertEquals("not valid JSON, which a scenario file is: line 1, column 12: unknown escape \\x", refusal("{\"mode\": \"\\x\"}"));
        assertEquals("not valid JSON, which a scenario file is: line 1, column 12: a string may not contain a raw control character", refusal("{\"mode\": \"\\\n\"}"));
        assertEquals("mode must be one of: sequential, concurrent, mutex, race, add-inside, missing-done, double-unlock, unlock-without-lock (got \"\uD800\")",
                refusal("{\"mode\": \"\\uD800\"}"), "a lone surrogate is read, and refused as a mode");
    }

    @Test
    void aFileLargerThanAMegabyteIsRefusedUnread() {
        byte[] big = new byte[ScenarioFile.MAX_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        assertEquals("the file is larger than 1 MB: a scenario file is a few lines", refusal(big));
    }

    /** Seeded, so a failure repeats: short runs of random bytes, and random bytes spliced into a valid file. */
    @Test
    void randomBytesAreRefusedOrRead() {
        Random random = new Random(20_260_701);
        byte[] valid = bytes(VALID);
        for (int run = 0; run < 20_000; run++) {
            byte[] noise = new byte[random.nextInt(64)];
            random.nextBytes(noise);
            read(noise);
            int at = random.nextInt(valid.length);
            read(concat(Arrays.copyOf(valid, at), noise, Arrays.copyOfRange(valid, at, valid.length)));
        }
    }

    @Property(tries = 2_000)
    void anyBytesAreRefusedOrRead(@ForAll @Size(max = 200) byte[] bytes) {
        read(bytes);
    }

    @Property(tries = 2_000)
    void aValidFileWithAFewBytesChangedIsRefusedOrRead(@ForAll("mutations") int[][] changes) {
        byte[] file = bytes(RICH);
        for (int[] change : changes) {
            int at = change[0] % file.length;
            file[at] = (byte) change[1];
        }
        read(file);
    }

    @Property(tries = 3_000)
    void jsonShapedNonsenseIsRefusedOrRead(@ForAll("tokenSoup") String text) {
        read(bytes(text));
    }

    @Provide
    Arbitrary<int[][]> mutations() {
        Arbitrary<int[]> change = Arbitraries.integers().between(0, 10_000).array(int[].class).ofSize(2);
        return change.array(int[][].class).ofMinSize(1).ofMaxSize(4);
    }

    /** Tokens a scenario file is made of, and some it should never hold, strung together at random. */
    @Provide
    Arbitrary<String> tokenSoup() {
        Arbitrary<String> token = Arbitraries.of("{", "}", "[", "]", ":", ",", " ", "\n", "\"mode\"", "\"mutex\"", "\"race\"",
                "\"calls\"", "\"delays\"", "\"maxDelay\"", "\"delay\"", "\"hold\"", "\"seed\"", "\"speed\"", "\"engine\"",
                "\"golanes\"", "\"scenario\"", "\"sim\"", "0", "-1", "5", "2.5", "1e3", "1e999999999", "-0", "9".repeat(41),
                "9223372036854775808", "true", "false", "null", "\"\\u0000\"", "\"\\uD800\"", "\"\\", "\"", "\u0000", "\uFEFF",
                "é");
        return token.list().ofMaxSize(40).map(tokens -> String.join("", tokens));
    }

    /**
     * Reads the bytes with both readers: each either reads them or refuses them with its own exception
     * and a message on one line. Anything else propagates and fails the test.
     */
    private static Optional<ScenarioFileException> read(byte[] bytes) {
        try {
            JsonReader.read(bytes);
        } catch (JsonException e) {
            assertOneLine(e.getMessage());
        }
        try {
            ScenarioFile.read(bytes);
            return Optional.empty();
        } catch (ScenarioFileException e) {
            assertOneLine(e.getMessage());
            return Optional.of(e);
        }
    }

    private static void assertOneLine(String message) {
        assertFalse(message == null || message.isBlank(), "a refusal says why");
        assertTrue(message.lines().count() == 1 && message.chars().noneMatch(c -> c < 0x20), message);
    }

    private static String refusal(String text) {
        return refusal(bytes(text));
    }

    private static String refusal(byte[] bytes) {
        return read(bytes).orElseThrow(() -> new AssertionError("read, but should be refused: "
                + new String(bytes, StandardCharsets.UTF_8))).getMessage();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
