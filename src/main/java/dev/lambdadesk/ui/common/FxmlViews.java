package dev.lambdadesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;

/** Loads a view's FXML (kept beside the view's class in resources) with the view as both root and controller. */
public final class FxmlViews {

    private FxmlViews() {
    }

    /** Loads {@code <ViewClass>.fxml} into {@code view}, which must be declared with {@code fx:root}. */
    public static void load(Object view) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL location = view.getClass().getResource(name);
        if (location == null) {
            throw new IllegalStateException("Missing " + name + " beside " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setRoot(view);
        loader.setController(view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + location, e);
        }
    }
}
