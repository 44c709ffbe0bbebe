package dev.lambdadesk.ui.signing.profiles;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.ui.common.EmptyState;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.DetailsGrid;
import dev.lambdadesk.ui.common.Views;
import dev.lambdadesk.ui.signing.common.StatusTones;

/** The selected profile: its name and actions, its details, and the signing jobs made with it. */
final class ProfileDetailsView extends StackPane {

    ProfileDetailsView(ProfileDetailsViewModel viewModel, List<Button> actions) {
        setId("profile-details");
        getStyleClass().add("details-pane");
        Label title = new Label();
        title.setId("profile-details-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.profileProperty().get() == null ? ""
                : viewModel.profileProperty().get().name(), viewModel.profileProperty()));
        Button copy = Views.small("copy-version-arn", "Copy version ARN", "fth-copy",
                () -> Views.copy(viewModel.profileProperty().get().versionArn()));
        FlowPane bar = new FlowPane(6, 6, copy); // wraps in a narrow pane rather than cut the buttons' words
        bar.getChildren().addAll(actions);
        bar.getStyleClass().add("details-actions");
        Label jobsTitle = new Label("Signing jobs made with it");
        jobsTitle.getStyleClass().add("details-subtitle");
        VBox content = new VBox(8, title, bar,
                Views.banner("profile-details-problem", viewModel.problemProperty(), Tone.DANGER),
                new DetailsGrid(viewModel.rows()), jobsTitle, jobsTable(viewModel));
        content.getStyleClass().add("details-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("details-scroll");
        EmptyState empty = new EmptyState("fth-key", new ReadOnlyObjectWrapper<>("No profile selected"),
                new ReadOnlyObjectWrapper<>("Select a profile to see its ARNs, validity, revocation and jobs."));
        scroll.visibleProperty().bind(viewModel.profileProperty().isNotNull());
        empty.visibleProperty().bind(viewModel.profileProperty().isNull());
        getChildren().addAll(empty, scroll);
    }

    private static TableView<SigningJobInfo> jobsTable(ProfileDetailsViewModel viewModel) {
        TableView<SigningJobInfo> jobs = new TableView<>(viewModel.jobs());
        jobs.setId("profile-jobs");
        jobs.setPrefHeight(180);
        jobs.setPlaceholder(new Label("No signing jobs yet."));
        TableColumn<SigningJobInfo, SigningJobInfo> status = Views.badgeColumn("Status", 150, StatusTones::label,
                StatusTones::of);
        jobs.getColumns().setAll(List.of(Views.textColumn("Job", 90, SigningJobInfo::shortId), status,
                Views.textColumn("Created", 125, viewModel::timeOf),
                Views.textColumn("Source", 170, j -> j.source().uri())));
        jobs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return jobs;
    }

}
