package dev.lambdadesk.ui.signing.jobs;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.ui.common.EmptyState;
import dev.lambdadesk.ui.common.TableWithDetails;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.DetailsGrid;
import dev.lambdadesk.ui.common.Views;
import dev.lambdadesk.ui.signing.common.StatusTones;

/** The jobs table with its filters, and the selected job's details with "Revoke signature". */
final class JobListView extends BorderPane {

    private final SigningJobsViewModel viewModel;
    private final TableView<SigningJobInfo> table = new TableView<>();

    JobListView(SigningJobsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("job-list");
        VBox top = new VBox(6, toolbar(), Views.banner("jobs-notice", viewModel.noticeProperty(),
                Tone.ACCENT));
        top.getStyleClass().add("signing-top");
        setTop(top);
        setCenter(TableWithDetails.split(table, tablePane(), detailsPane()));
    }

    private HBox toolbar() {
        Button sign = Views.button("open-sign-and-deploy", "Sign and deploy", "fth-pen-tool",
                viewModel::openSignAndDeploy);
        sign.getStyleClass().add(Styles.ACCENT);
        sign.setTooltip(new Tooltip("Sign a package and deploy it (Ctrl+N)"));
        Button refresh = Views.iconButton("refresh-jobs", "fth-refresh-cw", "List the jobs again",
                viewModel::refresh);
        ComboBox<String> status = new ComboBox<>(viewModel.statusChoices());
        status.setId("job-status-filter");
        status.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        status.setConverter(anyAs("Any status"));
        ComboBox<String> platform = new ComboBox<>(viewModel.platformChoices());
        platform.setId("job-platform-filter");
        platform.valueProperty().bindBidirectional(viewModel.platformFilterProperty());
        platform.setConverter(anyAs("Any platform"));
        ComboBox<SigningJobsViewModel.RevokedFilter> revoked = new ComboBox<>();
        revoked.setId("job-revoked-filter");
        revoked.getItems().setAll(SigningJobsViewModel.RevokedFilter.values());
        revoked.valueProperty().bindBidirectional(viewModel.revokedFilterProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Label count = new Label();
        count.setId("jobs-status");
        count.getStyleClass().add("form-note");
        count.textProperty().bind(viewModel.statusProperty());
        return Views.header(sign, refresh, status, platform, revoked, null, loading, count);
    }

    private static StringConverter<String> anyAs(String any) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? any : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    private VBox tablePane() {
        table.setId("job-table");
        table.setItems(viewModel.jobs());
        TableColumn<SigningJobInfo, SigningJobInfo> status = Views.badgeColumn("Status", 150, StatusTones::label,
                StatusTones::of);
        table.getColumns().setAll(List.of(Views.textColumn("Created", 135, viewModel::timeOf), status,
                Views.textColumn("Profile", 100, SigningJobInfo::profileName),
                Views.textColumn("Source", 140, j -> j.source().uri()),
                Views.textColumn("Job", 80, SigningJobInfo::shortId)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new EmptyState("fth-pen-tool", new ReadOnlyObjectWrapper<>("No signing jobs"),
                new ReadOnlyObjectWrapper<>("Each signature a signing profile makes is a job listed here. Sign a "
                        + "package with Sign and deploy (Ctrl+N).")));
        Views.bindSelection(table, viewModel.selectedProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(table);
    }

    private StackPane detailsPane() {
        JobDetailsViewModel details = viewModel.details();
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> details.jobProperty().get() == null ? ""
                : "Job " + details.jobProperty().get().jobId(), details.jobProperty()));
        title.setWrapText(true);
        Button revoke = Views.small("revoke-signature", "Revoke signature…", "fth-alert-octagon",
                this::revoke);
        revoke.getStyleClass().add(Styles.DANGER);
        revoke.disableProperty().bind(viewModel.revokeDisabled());
        VBox content = new VBox(8, title, new HBox(6, revoke),
                Views.banner("job-details-problem", details.problemProperty(), Tone.DANGER),
                new DetailsGrid(details.rows()));
        content.getStyleClass().add("details-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("details-scroll");
        EmptyState empty = new EmptyState("fth-pen-tool", new ReadOnlyObjectWrapper<>("No job selected"),
                new ReadOnlyObjectWrapper<>("Select a job to see what it signed, with which profile version, "
                        + "until when, and whether its signature was revoked."));
        scroll.visibleProperty().bind(details.jobProperty().isNotNull());
        empty.visibleProperty().bind(details.jobProperty().isNull());
        StackPane pane = new StackPane(empty, scroll);
        pane.setId("job-details");
        pane.getStyleClass().add("details-pane");
        return pane;
    }

    private void revoke() {
        RevokeSignatureViewModel revoke = viewModel.revokeSelected();
        if (revoke != null) {
            new RevokeSignatureDialog(revoke, getScene().getWindow()).show();
        }
    }
}
