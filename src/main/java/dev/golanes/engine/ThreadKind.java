package dev.golanes.engine;

import java.util.concurrent.ThreadFactory;

/**
 * The kind of thread the real engine gives each call: a virtual thread where the JDK has them
 * (21 and later), like a goroutine; else a platform thread, one operating-system thread per call.
 */
public enum ThreadKind {
    VIRTUAL("virtual"),
    PLATFORM("platform");

    /** Java 21's {@code Thread.ofVirtual().factory()}, found at run time: the code compiles for Java 17. */
    private static final ThreadFactory VIRTUAL_FACTORY = findVirtualFactory();

    private final String id;

    ThreadKind(String id) {
        this.id = id;
    }

    /** {@code virtual} or {@code platform}, as messages and reports say it. */
    public String id() {
        return id;
    }

    /** Virtual threads when this JDK has them, else platform threads. */
    public static ThreadKind best() {
        return VIRTUAL_FACTORY != null ? VIRTUAL : PLATFORM;
    }

    /** Whether this JDK can make threads of this kind. */
    public boolean isAvailable() {
        return this == PLATFORM || VIRTUAL_FACTORY != null;
    }

    /** A new, unstarted daemon thread of this kind (virtual threads are always daemons). */
    Thread newThread(Runnable task, String name) {
        if (this == VIRTUAL) {
            if (VIRTUAL_FACTORY == null) {
                throw new UnsupportedOperationException("this JDK has no virtual threads (Java 21 or later has)");
            }
            Thread thread = VIRTUAL_FACTORY.newThread(task);
            thread.setName(name);
            return thread;
        }
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static ThreadFactory findVirtualFactory() {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Class<?> builderType = Class.forName("java.lang.Thread$Builder");
            return (ThreadFactory) builderType.getMethod("factory").invoke(builder);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Java 17 has no Thread.ofVirtual; Java 19 and 20 have it only as a preview feature.
            return null;
        }
    }
}
