package dev.golanes.bench;

import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.application.Preloader;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Measures a window from inside its JVM, for the benchmarks that start the packaged image. JavaFX
 * loads it as the application's preloader ({@code -Djavafx.preloader}), so the application starts
 * exactly as its launcher starts it; the probe only watches for the first window shown, then:
 *
 * <ul>
 *   <li>{@code golanes.bench.probe=first-frame}: prints the milliseconds from the process's launch
 *       ({@code golanes.bench.launchedAt}, the launcher's clock) to the first frame JavaFX renders;
 *   <li>{@code frames}: presses Play if there is a Play button, then records the intervals between
 *       animation pulses for {@code golanes.bench.seconds} and prints their percentiles;
 *   <li>{@code heap}: presses End if asked ({@code golanes.bench.end}), waits for a few frames, then
 *       prints the heap in use after two full collections.
 * </ul>
 *
 * Each prints one line starting with {@code bench:} and ends the JVM.
 */
public final class WindowProbe extends Preloader {
    private static final String PERF_TRACKER = "com.sun.javafx.perf.PerformanceTracker";

    private final String probe = System.getProperty("golanes.bench.probe", "first-frame");
    private final long launchedAt = Long.getLong("golanes.bench.launchedAt", System.currentTimeMillis());
    private boolean watching;
    private long firstFrameMillis = -1;
    /** When JavaFX had started its toolkit (the preloader is made then), began the app's start, and showed its window. */
    private final long toolkitMillis = System.currentTimeMillis() - launchedAt;
    private long startMillis = -1;
    private long shownMillis = -1;

    @Override
    public void start(Stage preloaderStage) {
        // Nothing to show: the probe only watches the application's window.
    }

    @Override
    public void handleStateChangeNotification(StateChangeNotification notification) {
        if (notification.getType() == StateChangeNotification.Type.BEFORE_START && !watching) {
            watching = true;
            startMillis = System.currentTimeMillis() - launchedAt;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    for (Window window : change.getAddedSubList()) {
                        if (window.getScene() != null) {
                            shown(window.getScene());
                        }
                    }
                }
            });
        }
    }

    private void shown(Scene scene) {
        shownMillis = System.currentTimeMillis() - launchedAt;
        onFirstFrame(scene, () -> {
            switch (probe) {
                case "first-frame" -> report("first-frame-ms " + firstFrameMillis + " (toolkit up at " + toolkitMillis
                        + ", start() at " + startMillis + ", window shown at " + shownMillis + ")");
                case "frames" -> after(1.0, () -> recordFrames(scene));
                case "heap" -> after(1.0, () -> measureHeap(scene));
                default -> report("unknown probe " + probe);
            }
        });
    }

    /**
     * Notes when the first frame of the scene has been rendered (JavaFX's renderer says so through
     * its performance tracker, on its own thread), then runs {@code then} on the FX thread.
     */
    private void onFirstFrame(Scene scene, Runnable then) {
        try {
            Class<?> trackers = Class.forName(PERF_TRACKER);
            Object tracker = trackers.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            Runnable rendered = () -> {
                synchronized (this) {
                    if (firstFrameMillis >= 0) {
                        return;
                    }
                    firstFrameMillis = System.currentTimeMillis() - launchedAt;
                }
                Platform.runLater(then);
            };
            trackers.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(tracker, rendered);
        } catch (ReflectiveOperationException e) {
            report("no performance tracker (needs --add-exports javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED): " + e);
        }
    }

    private void recordFrames(Scene scene) {
        double seconds = Double.parseDouble(System.getProperty("golanes.bench.seconds", "8"));
        Node play = scene.lookup("#play");
        if (play instanceof ButtonBase button) {
            button.fire();
        }
        long[] intervals = new long[(int) (seconds * 1_000)];
        new AnimationTimer() {
            private long started = -1;
            private long last = -1;
            private int count;

            @Override
            public void handle(long now) {
                if (started < 0) {
                    started = now;
                } else if (count < intervals.length) {
                    intervals[count++] = now - last;
                }
                last = now;
                if (now - started >= seconds * 1e9 || count == intervals.length) {
                    stop();
                    reportIntervals(Arrays.copyOf(intervals, count), seconds);
                }
            }
        }.start();
    }

    private static void reportIntervals(long[] nanos, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        report(String.format(Locale.ROOT, "frames %d in %.1f s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms,"
                        + " over 17 ms %d, over 33 ms %d", sorted.length, seconds, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6,
                Arrays.stream(sorted).filter(n -> n > 17_000_000).count(),
                Arrays.stream(sorted).filter(n -> n > 33_000_000).count()));
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private void measureHeap(Scene scene) {
        if (Boolean.getBoolean("golanes.bench.end")) {
            // The End key: the playhead at the end of the run, every lane drawn whole.
            KeyEvent.fireEvent(scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot(),
                    new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.END, false, false, false, false));
        }
        after(1.0, () -> {
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.gc();
            long used = runtime.totalMemory() - runtime.freeMemory();
            Node status = scene.lookup("#status");
            report(String.format(Locale.ROOT, "heap-after-gc-mb %.1f (committed %.1f MB%s)", used / 1048576.0,
                    runtime.totalMemory() / 1048576.0,
                    status instanceof javafx.scene.control.Labeled label ? "; status: " + label.getText() : ""));
        });
    }

    private static void after(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(event -> action.run());
        pause.play();
    }

    private static void report(String line) {
        System.out.println("bench: " + line);
        System.out.flush();
        System.exit(0);
    }
}
