package dev.lambdadesk.ui.signing.profiles;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

import dev.lambdadesk.ui.signing.common.SigningViews;

/**
 * The Signing profiles section: the list with the selected profile's details, or the New signing profile form.
 * While the section is shown, Ctrl+N opens the form.
 */
public final class SigningProfilesView extends StackPane {

    static final KeyCombination NEW_KEYS = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final SigningProfilesViewModel viewModel;
    private final ProfileListView list;
    private ProfileFormView form;

    public SigningProfilesView(SigningProfilesViewModel viewModel) {
        this.viewModel = viewModel;
        setId("signing-profiles");
        getStyleClass().add("section-view");
        SigningViews.style(this);
        list = new ProfileListView(viewModel);
        show(viewModel.pageProperty().get());
        viewModel.pageProperty().addListener((o, old, page) -> show(page));
        sceneProperty().addListener((o, old, now) -> moveShortcut(old, now));
    }

    private void show(SigningProfilesViewModel.Page page) {
        if (page == SigningProfilesViewModel.Page.CREATE) {
            if (form == null) {
                form = new ProfileFormView(viewModel.form(), viewModel::showList);
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
            now.getAccelerators().put(NEW_KEYS, viewModel::newProfile);
        }
    }
}
