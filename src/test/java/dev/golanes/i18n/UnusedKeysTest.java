package dev.golanes.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text in the bundles is used somewhere: as a string in the code, as {@code %key} in FXML, as
 * a {@code {{c:name}}} comment in a Go program, or under a prefix the code completes
 * ({@code "mode.explain." + mode.id()}). A key nobody uses is a text nobody maintains.
 */
class UnusedKeysTest {
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][\\w.-]*)\"");
    private static final Pattern PREFIX = Pattern.compile("\"([A-Za-z][\\w.-]*\\.)\"\\s*\\+");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.-]+)\"");
    private static final Pattern GO_COMMENT = Pattern.compile("\\{\\{c:(\\w+)}}");

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> literals = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (Path file : files("src/main/java", ".java")) {
            String text = Files.readString(file);
            collect(LITERAL, text, literals);
            collect(PREFIX, text, prefixes);
        }
        for (Path file : files("src/main/resources", ".fxml")) {
            collect(FXML_KEY, Files.readString(file), literals);
        }
        for (Path file : files("src/main/resources", ".go.txt")) {
            Matcher m = GO_COMMENT.matcher(Files.readString(file));
            while (m.find()) {
                literals.add("code." + m.group(1));
            }
        }
        // Go programs name their hold comment in code: "{{c:work}}".
        for (Path file : files("src/main/java", ".java")) {
            Matcher m = GO_COMMENT.matcher(Files.readString(file));
            while (m.find()) {
                literals.add("code." + m.group(1));
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : Texts.patternsOf(Locale.ENGLISH).keySet()) {
            boolean used = literals.contains(key) || prefixes.stream().anyMatch(key::startsWith);
            if (!used) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "texts no code uses: remove them, or use them");
    }

    @Test
    void theCheckCanFail() {
        assertTrue(LITERAL.matcher("t.format(\"mode.race\")").find());
        assertTrue(!PREFIX.matcher("\"mode.race\"").find());
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static List<Path> files(String root, String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(Path.of(root))) {
            return all.filter(p -> p.toString().endsWith(suffix)).collect(Collectors.toList());
        }
    }
}
