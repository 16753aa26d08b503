package dev.golanes.scenario;

/**
 * A value the user sets. Each surface names it its own way (a flag, a form label, a file key), so a
 * problem is reported against the field and the surface words it.
 */
public enum Field {
    MODE("--mode", "mode"),
    CALLS("--calls", "calls"),
    MAX_DELAY("--max-delay", "maxDelay"),
    DELAY("--delay", "delay"),
    DELAYS("--delays", "delays"),
    HOLD("--hold", "hold"),
    SEED("--seed", "seed");

    private final String flag;
    private final String key;

    Field(String flag, String key) {
        this.flag = flag;
        this.key = key;
    }

    /** The command-line flag, e.g. {@code --max-delay}. */
    public String flag() {
        return flag;
    }

    /** The key in scenario files and in message bundles, e.g. {@code maxDelay}. */
    public String key() {
        return key;
    }
}
