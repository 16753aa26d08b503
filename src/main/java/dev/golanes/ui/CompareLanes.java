package dev.golanes.ui;

import java.util.List;
import javafx.scene.layout.Region;

/**
 * The compare view's four programs, one above the other and equally high, with their legend under
 * them. Each program gets the same whole pixels (a few left over stay blank at the bottom), so each
 * shows as many calls as the others; the legend shows unless it would cost a program whose calls all
 * fit (see {@link CompareLegend#fitUnder}).
 */
final class CompareLanes extends Region {
    /**
     * The line between two programs, in the lanes' background colour: one pixel, which on a 1280x720
     * screen is what lets every program keep its five calls' rows.
     */
    private static final double GAP = 1;
    private final List<ComparePanel> programs;
    private final CompareLegend legend;

    CompareLanes(List<ComparePanel> programs, CompareLegend legend) {
        this.programs = List.copyOf(programs);
        this.legend = legend;
        getStyleClass().add("compare-lanes");
        getChildren().addAll(programs);
        getChildren().add(legend);
    }

    @Override
    protected double computeMinHeight(double width) {
        double programsHeight = programs.stream().mapToDouble(program -> program.minHeight(width)).sum();
        return snappedTopInset() + programsHeight + GAP * (programs.size() - 1) + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width) + GAP + legend.prefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        int n = programs.size();
        double room = Math.floor(height - GAP * (n - 1));
        double legendHeight = legend.prefHeight(width);
        legend.fitUnder(programs, width, whole(room, n), whole(room - GAP - legendHeight, n));
        if (legend.isVisible()) {
            room -= GAP + legendHeight;
        }
        double each = whole(room, n);
        double y = top;
        // Each as high as the others: the last one, given the pixels left over, had a row more than they
        // did ("id1–id4 of 20 calls" under three programs of "id1–id3"). What is left over stays blank below.
        for (int k = 0; k < n; k++) {
            programs.get(k).resizeRelocate(left, y, width, each);
            y += each + GAP;
        }
        // On a whole pixel, as the programs are (a window 92% of 720 high is 662.4): its words stay sharp.
        legend.resizeRelocate(left, y, width, legendHeight);
    }

    /** The whole pixels each of {@code n} programs gets out of {@code room}. */
    private static double whole(double room, int n) {
        return Math.max(0, Math.floor(room / n));
    }
}
