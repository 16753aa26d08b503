package dev.golanes.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which engine makes the trace: the deterministic simulator or real threads. */
public enum EngineKind {
    /** {@link Simulator}: Go's promises on a virtual clock, the same trace for the same seed. */
    SIM("sim"),
    /** {@link RealEngine}: the program on real threads, in real time, as the scheduler runs it. */
    REAL(RealEngine.NAME);

    private final String id;

    EngineKind(String id) {
        this.id = id;
    }

    /** The name on the command line and in exported traces ({@code otherData.engine}). */
    public String id() {
        return id;
    }

    /** {@code sim, real}, for messages. */
    public static String allIds() {
        return Arrays.stream(values()).map(EngineKind::id).collect(Collectors.joining(", "));
    }

    /** The engine with this id, ignoring case and spaces around it. */
    public static Optional<EngineKind> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst();
    }
}
