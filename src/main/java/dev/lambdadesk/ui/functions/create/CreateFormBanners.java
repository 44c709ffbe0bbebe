package dev.lambdadesk.ui.functions.create;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.ui.common.RefusalView;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.ToneStyles;
import dev.lambdadesk.ui.workspace.DraftBanner;

/** The messages above the form: a saved draft on offer, a failed create, what an import did, a passing notice. */
final class CreateFormBanners extends VBox {

    CreateFormBanners(CreateFunctionViewModel viewModel) {
        getStyleClass().add("form-banners");
        getChildren().addAll(draftOffer(viewModel), createProblem(viewModel), importFindings(viewModel),
                notice(viewModel));
    }

    private static Node draftOffer(CreateFunctionViewModel viewModel) {
        return new DraftBanner("draft-offer", viewModel.drafts());
    }

    private static Node createProblem(CreateFunctionViewModel viewModel) {
        RefusalView refusal = new RefusalView(viewModel.refusalProperty(), "Lambda refused the function");
        refusal.setId("create-problem");
        return refusal;
    }

    private static Node importFindings(CreateFunctionViewModel viewModel) {
        VBox lines = new VBox(2);
        lines.setId("import-findings-list");
        HBox.setHgrow(lines, Priority.ALWAYS);
        viewModel.importFindings().addListener((ListChangeListener<String>) change -> lines.getChildren().setAll(
                viewModel.importFindings().stream().map(f -> {
                    Label line = new Label("• " + f);
                    line.setWrapText(true);
                    return (Node) line;
                }).toList()));
        Button dismiss = new Button(null, new FontIcon("fth-x"));
        dismiss.setId("import-findings-dismiss");
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.setAccessibleText("Dismiss");
        dismiss.setOnAction(event -> viewModel.dismissImportFindings());
        HBox banner = banner("import-findings", Tone.WARNING, new FontIcon("fth-info"), lines, dismiss);
        banner.visibleProperty().bind(Bindings.isNotEmpty(viewModel.importFindings()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static Node notice(CreateFunctionViewModel viewModel) {
        Label text = wrapping("form-notice");
        text.textProperty().bind(Bindings.createStringBinding(() -> viewModel.drafts().problemProperty().get()
                .isEmpty() ? viewModel.noticeProperty().get() : viewModel.drafts().problemProperty().get(),
                viewModel.noticeProperty(), viewModel.drafts().problemProperty()));
        text.getStyleClass().add("form-note");
        text.visibleProperty().bind(text.textProperty().isNotEmpty());
        text.managedProperty().bind(text.visibleProperty());
        return text;
    }

    private static HBox banner(String id, Tone tone, FontIcon icon, Node... content) {
        HBox banner = new HBox(10);
        banner.setId(id);
        banner.getStyleClass().add("banner");
        ToneStyles.apply(banner, tone);
        banner.getChildren().add(icon);
        banner.getChildren().addAll(content);
        for (Node n : content) {
            if (n instanceof Label || n instanceof VBox) {
                HBox.setHgrow(n, Priority.ALWAYS);
                if (n instanceof Region r) {
                    r.setMaxWidth(Double.MAX_VALUE);
                }
            }
        }
        return banner;
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    private static void showWhenNotEmpty(Node banner, Label text) {
        banner.visibleProperty().bind(text.textProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
    }
}
