package dev.lambdadesk.ui.sam;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.ui.common.ConfirmByName;
import dev.lambdadesk.ui.common.EmptyState;
import dev.lambdadesk.ui.common.PickOrType;
import dev.lambdadesk.ui.common.RefusalView;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.ToneStyles;
import dev.lambdadesk.ui.common.Views;

/** The bucket, Package / Deploy / Delete stack, and a line per resource as the work goes. */
final class SamRunView extends VBox {

    private final SamApplicationsViewModel model;
    private final SamRunViewModel run;

    SamRunView(SamApplicationsViewModel model) {
        super(8);
        this.model = model;
        this.run = model.run();
        setId("sam-run");
        getChildren().addAll(bucket(), versioning(), actions(),
                Views.banner("sam-blocker", model.deployBlocker(), Tone.NEUTRAL),
                Views.banner("sam-notice", run.noticeProperty(), Tone.SUCCESS), refusal(), progressTable());
    }

    private GridPane bucket() {
        ComboBox<String> bucket = PickOrType.combo(model.buckets(), run.bucketProperty(), "Bucket for the packages");
        bucket.setId("sam-bucket");
        TextField prefix = new TextField(run.prefixProperty().get());
        prefix.setId("sam-prefix");
        prefix.setPromptText("Optional folder, e.g. my-app");
        prefix.textProperty().bindBidirectional(run.prefixProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        Label bucketLabel = new Label("S3 bucket");
        bucketLabel.setLabelFor(bucket);
        Label prefixLabel = new Label("Prefix");
        prefixLabel.setLabelFor(prefix);
        grid.addRow(0, bucketLabel, bucket);
        grid.addRow(1, prefixLabel, prefix);
        GridPane.setHgrow(bucket, Priority.ALWAYS);
        GridPane.setHgrow(prefix, Priority.ALWAYS);
        return grid;
    }

    /** Says whether the bucket keeps versions, and offers to turn versioning on when signing needs it. */
    private VBox versioning() {
        StringBinding text = Bindings.createStringBinding(() -> {
            Boolean v = run.versionedProperty().get();
            return v == null ? "" : v ? "Versioning is on: packages can be signed."
                    : "Versioning is off: Signer signs an object version, so signing needs it.";
        }, run.versionedProperty());
        Label state = Views.banner("sam-versioning", text, Tone.NEUTRAL);
        run.versionedProperty().addListener((o, old, now) -> ToneStyles.apply(state, Boolean.FALSE.equals(now)
                ? Tone.WARNING : Tone.SUCCESS));
        Button enable = Views.small("sam-enable-versioning", "Turn on versioning", "fth-layers",
                run::enableVersioning);
        enable.visibleProperty().bind(run.versionedProperty().isEqualTo(false));
        enable.managedProperty().bind(enable.visibleProperty());
        enable.disableProperty().bind(run.busyProperty());
        return new VBox(4, state, enable, Views.banner("sam-bucket-problem", run.bucketProblemProperty(),
                Tone.DANGER));
    }

    private FlowPane actions() {
        Button pack = Views.button("sam-package", "_Package", "fth-package", run::packageApp);
        pack.setTooltip(new Tooltip("Zip, upload and sign the code, and write <template>.packaged.yaml beside it"));
        pack.disableProperty().bind(model.packageBlocker().isNotEmpty());
        Button deploy = Views.button("sam-deploy", "_Deploy", "fth-upload-cloud", run::deploy);
        deploy.getStyleClass().add(Styles.ACCENT);
        deploy.setTooltip(new Tooltip("Deploy the stack on this connection (packages first when a bucket is chosen)"));
        deploy.disableProperty().bind(model.deployBlocker().isNotEmpty());
        Button delete = Views.button("sam-delete", "Delete stack…", "fth-trash-2", this::confirmDelete);
        delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        delete.disableProperty().bind(run.busyProperty().or(model.stackProblemProperty().isNotEmpty())
                .or(model.fileProperty().isNull()));
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(run.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label activity = new Label();
        activity.setId("sam-activity");
        activity.getStyleClass().add("form-note");
        activity.textProperty().bind(run.activityProperty());
        FlowPane bar = new FlowPane(8, 6, pack, deploy, delete, new HBox(6, working, activity));
        bar.setId("sam-actions");
        return bar;
    }

    private void confirmDelete() {
        String stack = model.stackNameProperty().get();
        if (new ConfirmByName(getScene().getWindow(), "sam-delete-confirm", "Delete stack " + stack,
                "Delete every function, execution role and code signing config deployed under stack " + stack
                        + "? Layer versions are kept, as SAM keeps them.", stack, "Delete").confirmed()) {
            run.deleteStack();
        }
    }

    private VBox refusal() {
        RefusalView view = new RefusalView(run.refusalProperty(), "");
        VBox box = new VBox(view);
        box.setId("sam-refusal");
        return box;
    }

    private TableView<ProgressRow> progressTable() {
        TableView<ProgressRow> table = new TableView<>(run.progress());
        table.setId("sam-progress");
        TableColumn<ProgressRow, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> c.getValue().statusProperty());
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(200);
        TableColumn<ProgressRow, String> arn = new TableColumn<>("ARN");
        arn.setCellValueFactory(c -> c.getValue().arnProperty());
        arn.setPrefWidth(260);
        table.getColumns().setAll(List.of(Views.textColumn("Resource", "resource", 140, ProgressRow::logicalId),
                Views.textColumn("Type", "type", 170, ProgressRow::type), status, arn));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new EmptyState("fth-upload-cloud", new ReadOnlyObjectWrapper<>("Nothing run yet"),
                new ReadOnlyObjectWrapper<>("Package or Deploy shows each resource here as it goes.")));
        table.setPrefHeight(220);
        table.setMinHeight(160);
        return table;
    }

    /** The latest step of a resource, in the tone of how it went. */
    private static final class StatusCell extends TableCell<ProgressRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            ProgressRow row = empty ? null : getTableRow().getItem();
            setText(empty ? null : text);
            setTooltip(empty || text == null ? null : new Tooltip(text));
            ToneStyles.apply(this, row == null ? Tone.NEUTRAL : row.toneProperty().get());
        }
    }
}
