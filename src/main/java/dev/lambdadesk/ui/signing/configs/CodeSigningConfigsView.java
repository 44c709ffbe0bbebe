package dev.lambdadesk.ui.signing.configs;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

import dev.lambdadesk.ui.signing.common.SigningViews;

/**
 * The Code signing configs section: the list with the selected configuration's details, or the editor. While the
 * section is shown, Ctrl+N opens a new configuration.
 */
public final class CodeSigningConfigsView extends StackPane {

    static final KeyCombination NEW_KEYS = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final CodeSigningConfigsViewModel viewModel;
    private final ConfigListView list;
    private ConfigFormView form;

    public CodeSigningConfigsView(CodeSigningConfigsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("code-signing-configs");
        getStyleClass().add("section-view");
        SigningViews.style(this);
        list = new ConfigListView(viewModel);
        show(viewModel.pageProperty().get());
        viewModel.pageProperty().addListener((o, old, page) -> show(page));
        sceneProperty().addListener((o, old, now) -> moveShortcut(old, now));
    }

    private void show(CodeSigningConfigsViewModel.Page page) {
        if (page == CodeSigningConfigsViewModel.Page.EDIT) {
            if (form == null) {
                form = new ConfigFormView(viewModel.form(), viewModel::showList);
            }
            getChildren().setAll(form);
            Platform.runLater(form::focusFirstField);
        } else {
            getChildren().setAll(list);
        }
    }

    private void moveShortcut(Scene old, Scene now) {
        if (old != null) {
            old.getAccelerators().remove(NEW_KEYS);
        }
        if (now != null) {
            now.getAccelerators().put(NEW_KEYS, viewModel::newConfig);
        }
    }
}
