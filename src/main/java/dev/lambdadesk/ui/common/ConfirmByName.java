package dev.lambdadesk.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

/**
 * The confirmation of every action that cannot be undone: what it does, and the resource's name typed to confirm.
 * The dangerous button is never the default one, so Enter never destroys; Escape cancels.
 */
public final class ConfirmByName extends Dialog<ButtonType> {

    private final ButtonType action;

    /**
     * @param question what will happen ("Delete the function orders and all its versions?")
     * @param name     what must be typed to confirm
     * @param verb     the dangerous button's text ("Delete")
     */
    public ConfirmByName(Window owner, String id, String title, String question, String name, String verb) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(null);
        action = new ButtonType(verb, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().setId(id);
        Label text = new Label(question);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label prompt = new Label("Type " + name + " to confirm:");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        TextField typed = new TextField();
        typed.setId(id + "-name");
        typed.setPromptText(name);
        VBox content = new VBox(8, text, prompt, typed);
        content.setPrefWidth(440);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, action);
        Button button = (Button) getDialogPane().lookupButton(action);
        button.setId(id + "-confirm");
        button.getStyleClass().add(Styles.DANGER);
        button.setDefaultButton(false);
        button.disableProperty().bind(typed.textProperty().isNotEqualTo(name));
        Button cancel = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        setOnShown(event -> typed.requestFocus());
    }

    /** Shows the dialog and waits; true when the person typed the name and confirmed. */
    public boolean confirmed() {
        return showAndWait().filter(b -> b == action).isPresent();
    }
}
