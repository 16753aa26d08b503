package dev.golanes.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;

/**
 * Listeners from a view to the models that do not keep the view alive. The session outlives its
 * views (they are rebuilt when the language changes), so a view listens weakly and its node holds
 * the listener: when the node is dropped, so is the listener.
 */
final class Listen {
    private static final String KEY = Listen.class.getName();

    private Listen() {
    }

    /** Runs {@code action} whenever any of the sources changes, for as long as {@code owner} lives. */
    static void onChange(Node owner, Runnable action, ObservableValue<?>... sources) {
        ChangeListener<Object> listener = (obs, old, value) -> action.run();
        keep(owner, listener);
        for (ObservableValue<?> source : sources) {
            source.addListener(new WeakChangeListener<>(listener));
        }
    }

    /** Calls {@code listener} with each change of {@code source}, for as long as {@code owner} lives. */
    static <T> void onChange(Node owner, ObservableValue<T> source, ChangeListener<? super T> listener) {
        keep(owner, listener);
        source.addListener(new WeakChangeListener<>(listener));
    }

    static <E> void onListChange(Node owner, ObservableList<E> list, ListChangeListener<E> listener) {
        keep(owner, listener);
        list.addListener(new WeakListChangeListener<>(listener));
    }

    @SuppressWarnings("unchecked")
    private static void keep(Node owner, Object listener) {
        ((List<Object>) owner.getProperties().computeIfAbsent(KEY, key -> new ArrayList<>())).add(listener);
    }
}
