package dev.lambdadesk.ui.common;

import java.util.function.Consumer;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

/**
 * Every form's problems, in the same place in every form: a column at the form's right, beside the fields, so the
 * fields keep the window's height and a long message wraps in the column rather than pushing the form down. Its
 * title, the count, and the {@link ProblemsView} (a click goes to the field), or what to expect when there is
 * nothing to fix.
 */
public final class ProblemsPanel extends VBox {

    /**
     * @param id           the list's id; the panel is {@code <id>-panel}
     * @param summaryId    the count's id
     * @param nothingToFix what the panel says while the form passes every rule
     */
    public ProblemsPanel(String id, String summaryId, FormValidation validation, Consumer<String> goToField,
            String nothingToFix) {
        super(6);
        setId(id + "-panel");
        getStyleClass().add("problems-panel");
        Label title = new Label("Problems");
        title.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.setId(summaryId);
        summary.getStyleClass().add("form-note");
        summary.textProperty().bind(validation.summaryProperty());
        ProblemsView list = new ProblemsView(validation.problems(), goToField);
        list.setId(id);
        Label placeholder = new Label(nothingToFix);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("form-note");
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, summary, list);
    }
}
