package dev.lambdadesk.ui.signing.profiles;

import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.ui.common.FieldFocus;
import dev.lambdadesk.ui.common.FormGrid;
import dev.lambdadesk.ui.common.ProblemsPanel;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.workspace.DraftBanner;
import dev.lambdadesk.ui.common.ExportMenu;
import dev.lambdadesk.ui.common.Views;
import dev.lambdadesk.ui.common.KeyValueEditor;

/** The New signing profile form; Ctrl+Enter creates, Escape goes back to the list. */
final class ProfileFormView extends BorderPane {

    private final ProfileFormViewModel viewModel;
    private final TextField name = new TextField();
    private final Map<String, Node> fields;

    ProfileFormView(ProfileFormViewModel viewModel, Runnable back) {
        this.viewModel = viewModel;
        setId("profile-form");
        Label title = new Label("New signing profile");
        title.getStyleClass().add(Styles.TITLE_3);
        Button backButton = Views.button("profile-form-back", "Back to profiles", "fth-arrow-left", back);
        VBox top = new VBox(6, Views.header(backButton, title),
                new DraftBanner("profile-draft", viewModel.draft()),
                Views.banner("profile-form-problem", viewModel.problemProperty(), Tone.DANGER),
                Views.banner("profile-form-notice", viewModel.noticeProperty(), Tone.ACCENT));
        top.getStyleClass().add("signing-top");
        setTop(top);

        ComboBox<SigningPlatformInfo> platform = new ComboBox<>(viewModel.platforms());
        platform.setId("profile-platform");
        platform.valueProperty().bindBidirectional(viewModel.platformProperty());
        platform.setConverter(new StringConverter<>() {
            @Override
            public String toString(SigningPlatformInfo p) {
                return p == null ? "" : p.displayName() + " (" + p.platformId() + ")";
            }

            @Override
            public SigningPlatformInfo fromString(String s) {
                return null;
            }
        });
        name.setId("profile-name");
        name.setPromptText("Letters, digits and _ (2–64)");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        TextField validity = new TextField();
        validity.setId("profile-validity-value");
        validity.setPrefColumnCount(6);
        validity.textProperty().bindBidirectional(viewModel.validityValueProperty());
        ComboBox<String> unit = new ComboBox<>();
        unit.setId("profile-validity-unit");
        unit.getItems().setAll(ProfileFormViewModel.UNITS);
        unit.valueProperty().bindBidirectional(viewModel.validityUnitProperty());
        HBox validityBox = new HBox(6, validity, unit);
        validityBox.setId("profile-validity");
        KeyValueEditor tags = new KeyValueEditor(new KeyValueEditor.Options("profile-tags", "Key", "Value", "Add tag", null),
                viewModel.tags().rows(), viewModel.tags()::add, viewModel.tags()::remove);

        FormGrid grid = new FormGrid();
        grid.field("Profile name", name, viewModel.validation().feedback("profile-name"),
                viewModel.limitsOf("profileName"));
        grid.field("Platform", platform, viewModel.validation().feedback("profile-platform"),
                viewModel.limitsOf("platformId"));
        grid.row("", Views.note("AWS Lambda signs code packages for functions; Notation signs container "
                + "images with the Notation CLI, not with signing jobs."));
        grid.field("Signature validity", validityBox, validityBox, viewModel.validation().feedback("profile-validity"),
                viewModel.limitsOf("signatureValidityPeriod.value"));
        grid.row("", Views.note("How long each signature stays valid: at most 135 months (the default). "
                + "Lambda refuses packages whose signature has expired."));
        grid.field("Tags", tags, viewModel.validation().feedback("profile-tags"), viewModel.limitsOf("tags"));
        fields = Map.of("profile-name", name, "profile-platform", platform, "profile-validity", validity,
                "profile-tags", tags);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        setCenter(scroll);
        setRight(new ProblemsPanel("profile-problems", "profile-problem-summary", viewModel.validation(),
                id -> FieldFocus.focus(fields.getOrDefault(id, name)),
                "Nothing to fix: the profile passes every rule Signer checks before it accepts one."));
        setBottom(bottom());
        setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(event)) {
                viewModel.create();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                back.run();
                event.consume();
            }
        });
    }

    private VBox bottom() {
        Button create = Views.button("create-profile", "Create profile", "fth-check", viewModel::create);
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(false);
        create.disableProperty().bind(viewModel.createDisabledProperty());
        create.setTooltip(new Tooltip("Create the profile (Ctrl+Enter)"));
        Button reset = Views.button("reset-profile", "Clear", "fth-rotate-ccw", viewModel::clear);
        ExportMenu export = new ExportMenu("profile-export", viewModel.export(), "signing-profile");
        VBox bottom = new VBox(Views.header(create, reset, export));
        bottom.getStyleClass().add("signing-bottom");
        return bottom;
    }

    void focusFirstField() {
        Views.focus(name);
    }
}
