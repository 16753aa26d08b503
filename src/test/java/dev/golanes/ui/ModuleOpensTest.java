package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests run with extra opens that the real app does not have, so a missing {@code opens ... to
 * javafx.fxml} passes every test and kills the real window. This reads the module descriptor as
 * compiled and checks it opens the package of every FXML controller.
 */
class ModuleOpensTest {
    private static final Pattern CONTROLLER = Pattern.compile("fx:controller=\"([\\w.]+)\\.(\\w+)\"");

    @Test
    void everyFxmlControllerPackageIsOpenToFxml() throws IOException {
        ModuleDescriptor descriptor;
        try (var in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        List<Path> fxml;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            fxml = files.filter(p -> p.toString().endsWith(".fxml")).collect(Collectors.toList());
        }
        assertFalse(fxml.isEmpty());
        for (Path file : fxml) {
            Matcher m = CONTROLLER.matcher(Files.readString(file));
            assertTrue(m.find(), file + " names its controller");
            String pkg = m.group(1);
            boolean opened = descriptor.opens().stream()
                    .anyMatch(o -> o.source().equals(pkg) && (o.targets().isEmpty() || o.targets().contains("javafx.fxml")));
            assertTrue(opened, "module-info must say: opens " + pkg + " to javafx.fxml (for " + file.getFileName() + ")");
        }
    }
}
