package dev.lambdadesk.ui.signing.configs;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.ui.common.EmptyState;
import dev.lambdadesk.ui.common.TableWithDetails;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.Views;
import dev.lambdadesk.ui.common.store.ConfigRow;

/** The configurations table with its toolbar, and the selected configuration's details. */
final class ConfigListView extends BorderPane {

    private final CodeSigningConfigsViewModel viewModel;
    private final TableView<ConfigRow> table = new TableView<>();

    ConfigListView(CodeSigningConfigsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("config-list");
        VBox top = new VBox(6, toolbar(), Views.banner("configs-notice", viewModel.noticeProperty(),
                Tone.ACCENT));
        top.getStyleClass().add("signing-top");
        setTop(top);
        setCenter(TableWithDetails.split(table, tablePane(), new ConfigDetailsView(viewModel.details())));
    }

    private HBox toolbar() {
        Button create = Views.button("new-config", "New configuration", "fth-plus", viewModel::newConfig);
        create.getStyleClass().add(Styles.ACCENT);
        create.setTooltip(new Tooltip("Create a code signing configuration (Ctrl+N)"));
        Button edit = Views.button("edit-config", "Edit", "fth-edit-2", viewModel::editSelected);
        edit.disableProperty().bind(viewModel.nothingSelected());
        Button refresh = Views.iconButton("refresh-configs", "fth-refresh-cw", "List the configurations again",
                viewModel::refresh);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Label count = new Label();
        count.setId("configs-status");
        count.getStyleClass().add("form-note");
        count.textProperty().bind(viewModel.statusProperty());
        return Views.header(create, edit, refresh, null, loading, count);
    }

    private VBox tablePane() {
        table.setId("config-table");
        table.setItems(viewModel.configs());
        TableColumn<ConfigRow, ConfigRow> policy = Views.badgeColumn("Policy", 85, r -> r.info().policy(),
                r -> ConfigFormViewModel.ENFORCE.equals(r.info().policy()) ? Tone.SUCCESS : Tone.WARNING);
        policy.setId("column-policy");
        table.getColumns().setAll(List.of(
                Views.textColumn("ID", "id", 175, r -> r.info().id()),
                Views.textColumn("Description", "description", 150, r -> r.info().description()),
                policy,
                Views.textColumn("Publishers", "publishers", 85,
                        r -> String.valueOf(r.info().allowedPublishers().size())),
                Views.textColumn("Functions", "functions", 80,
                        r -> String.valueOf(r.functionArns().size()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new EmptyState("fth-shield", new ReadOnlyObjectWrapper<>("No code signing configurations"),
                new ReadOnlyObjectWrapper<>("A configuration names the signing profiles a function trusts and its "
                        + "policy (Warn or Enforce) for code they did not sign. Create one with New configuration.")));
        Views.bindSelection(table, viewModel.selectedProperty());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.editSelected();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(table);
    }

}
