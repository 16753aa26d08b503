package dev.golanes.ui;

import dev.golanes.playback.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads the window's views from FXML, giving each controller the session. */
public final class Views {
    private Views() {
    }

    /** The whole window content, in the session's language. */
    public static Parent load(Session session) {
        FXMLLoader loader = new FXMLLoader(Views.class.getResource("MainView.fxml"), session.texts().asBundle());
        loader.setControllerFactory(type -> controller(type, session));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the window's layout", e);
        }
    }

    /** Every controller takes the session in its constructor. */
    private static Object controller(Class<?> type, Session session) {
        try {
            return type.getConstructor(Session.class).newInstance(session);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(type.getName() + " needs a public constructor taking the Session", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e.getCause());
        }
    }
}
