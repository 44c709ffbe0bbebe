package dev.lambdadesk.ui.signing.jobs;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

import dev.lambdadesk.ui.signing.common.SigningViews;
import dev.lambdadesk.ui.signing.deploy.SignAndDeployView;

/**
 * The Signing jobs section: the jobs with the selected one's details, or Sign and deploy. While the section is
 * shown, Ctrl+N opens Sign and deploy.
 */
public final class SigningJobsView extends StackPane {

    static final KeyCombination NEW_KEYS = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final SigningJobsViewModel viewModel;
    private final JobListView list;
    private SignAndDeployView sign;

    public SigningJobsView(SigningJobsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("signing-jobs");
        getStyleClass().add("section-view");
        SigningViews.style(this);
        list = new JobListView(viewModel);
        show(viewModel.pageProperty().get());
        viewModel.pageProperty().addListener((o, old, page) -> show(page));
        sceneProperty().addListener((o, old, now) -> moveShortcut(old, now));
    }

    private void show(SigningJobsViewModel.Page page) {
        if (page == SigningJobsViewModel.Page.SIGN) {
            if (sign == null) {
                sign = new SignAndDeployView(viewModel.signAndDeploy(), viewModel::showList);
            }
            getChildren().setAll(sign);
            Platform.runLater(sign::focusFirstField);
        } else {
            getChildren().setAll(list);
        }
    }

    private void moveShortcut(Scene old, Scene now) {
        if (old != null) {
            old.getAccelerators().remove(NEW_KEYS);
        }
        if (now != null) {
            now.getAccelerators().put(NEW_KEYS, viewModel::openSignAndDeploy);
        }
    }
}
