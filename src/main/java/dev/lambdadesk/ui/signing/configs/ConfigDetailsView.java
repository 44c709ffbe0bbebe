package dev.lambdadesk.ui.signing.configs;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.ui.common.EmptyState;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.DetailsGrid;
import dev.lambdadesk.ui.common.Views;
import dev.lambdadesk.ui.common.WrappingListCell;
import dev.lambdadesk.ui.common.PickOrType;

/** The selected configuration: settings, allowed publishers, functions using it, attach, detach, delete. */
final class ConfigDetailsView extends StackPane {

    private final ConfigDetailsViewModel viewModel;
    private final ListView<String> functions;

    ConfigDetailsView(ConfigDetailsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("config-details");
        getStyleClass().add("details-pane");
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("config-details-title");
        title.setWrapText(true);
        title.textProperty().bind(viewModel.titleProperty());
        Button delete = Views.small("delete-config", "Delete…", "fth-trash-2", this::confirmDelete);
        delete.getStyleClass().add(Styles.DANGER);
        ListView<String> publishers = new ListView<>(viewModel.publishers());
        publishers.setCellFactory(list -> new WrappingListCell<>());
        publishers.setId("config-publishers");
        publishers.setPrefHeight(110);
        functions = new ListView<>(viewModel.functions());
        functions.setCellFactory(list -> new WrappingListCell<>());
        functions.setId("config-functions");
        functions.setPrefHeight(110);
        functions.setPlaceholder(new Label("No function uses it."));
        Button detach = Views.small("detach-config", "Detach from selected", "fth-link-2",
                () -> viewModel.detach(functions.getSelectionModel().getSelectedItem()));
        detach.disableProperty().bind(functions.getSelectionModel().selectedItemProperty().isNull());
        ComboBox<String> attachTo = new ComboBox<>(viewModel.attachableFunctions());
        attachTo.setId("attach-function");
        attachTo.setEditable(true);
        attachTo.setPromptText("Function name");
        PickOrType.bind(attachTo, viewModel.functionToAttachProperty());
        attachTo.setOnShowing(event -> viewModel.loadFunctions());
        Button attach = Views.small("attach-config", "Attach", "fth-link", viewModel::attach);
        VBox content = new VBox(8, title, new HBox(6, delete),
                Views.banner("config-details-problem", viewModel.problemProperty(), Tone.DANGER),
                new DetailsGrid(viewModel.rows()), policyNote(viewModel), subtitle("Allowed publishers"), publishers,
                subtitle("Functions using it"), functions, new HBox(6, detach),
                subtitle("Attach to a function"), new HBox(6, attachTo, attach),
                Views.note("Attaching takes effect on the function's next deployment: its current code is "
                        + "not checked again."));
        content.getStyleClass().add("details-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("details-scroll");
        EmptyState empty = new EmptyState("fth-shield", new ReadOnlyObjectWrapper<>("No configuration selected"),
                new ReadOnlyObjectWrapper<>("Select a configuration to see its publishers and the functions using "
                        + "it."));
        scroll.visibleProperty().bind(viewModel.configProperty().isNotNull());
        empty.visibleProperty().bind(viewModel.configProperty().isNull());
        getChildren().addAll(empty, scroll);
    }

    private static Label policyNote(ConfigDetailsViewModel viewModel) {
        Label note = Views.note("");
        note.setId("config-policy-note");
        note.textProperty().bind(viewModel.policyNoteProperty());
        return note;
    }

    private static Label subtitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-subtitle");
        return label;
    }

    private void confirmDelete() {
        if (!viewModel.functions().isEmpty()) {
            viewModel.delete(); // refused with the list of functions, without asking first
            return;
        }
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete code signing configuration "
                + viewModel.configProperty().get().info().id() + "? This cannot be undone.", ButtonType.CANCEL,
                delete);
        ((Button) confirm.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        confirm.setTitle("Delete configuration");
        confirm.setHeaderText(null);
        confirm.initOwner(getScene().getWindow());
        confirm.getDialogPane().setId("delete-config-confirmation");
        confirm.showAndWait().filter(b -> b == delete).ifPresent(b -> viewModel.delete());
    }
}
