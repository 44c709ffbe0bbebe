package dev.lambdadesk.ui.sam;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import dev.lambdadesk.ui.common.PickOrType;
import dev.lambdadesk.ui.common.ToneStyles;
import dev.lambdadesk.ui.common.Views;

/**
 * A signing profile for each function and layer (a person is asked for every one under a code signing config), then
 * what each config will do with the result, before anything is uploaded.
 */
final class SigningChoicesView extends VBox {

    private final SigningChoicesViewModel model;
    private final GridPane grid = new GridPane();
    private final VBox plan = new VBox(4);

    SigningChoicesView(SigningChoicesViewModel model) {
        super(8);
        this.model = model;
        setId("sam-signing");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints pickers = new ColumnConstraints();
        pickers.setHgrow(Priority.ALWAYS); // what it deploys under goes on its own line: long ids never squeeze it
        pickers.setMinWidth(120);
        grid.getColumnConstraints().setAll(names, pickers);
        plan.setId("sam-plan");
        getChildren().addAll(Views.note("Sign with the profile chosen for each function and layer; leave it "
                + "empty to deploy it unsigned."), grid, plan);
        model.choices().addListener((ListChangeListener<SigningChoice>) c -> fillChoices());
        model.plan().addListener((ListChangeListener<PlanLine>) c -> fillPlan());
        fillChoices();
        fillPlan();
    }

    private void fillChoices() {
        grid.getChildren().clear();
        int row = 0;
        for (SigningChoice choice : model.choices()) {
            Label name = new Label(choice.logicalId());
            name.setId("sam-sign-label-" + choice.logicalId());
            Label what = Views.note(choice.describe());
            ComboBox<String> picker = PickOrType.combo(model.profileNames(), choice.profileProperty(),
                    choice.asked() ? "Choose a signing profile" : "Not signed");
            picker.setId("sam-sign-" + choice.logicalId());
            picker.setMaxWidth(Double.MAX_VALUE);
            name.setLabelFor(picker);
            grid.addRow(row++, name, picker);
            grid.add(what, 0, row++, 2, 1);
        }
    }

    private void fillPlan() {
        plan.getChildren().setAll(model.plan().stream().map(line -> {
            Label l = new Label(line.text());
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add("signing-banner");
            ToneStyles.apply(l, line.tone());
            return l;
        }).toList());
    }
}
