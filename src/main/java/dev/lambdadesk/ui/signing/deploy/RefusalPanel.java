package dev.lambdadesk.ui.signing.deploy;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.ToneStyles;

/** Why Lambda refused a deployment: the check that failed, what it means, what to do, and the service's words. */
final class RefusalPanel extends VBox {

    /** @param textWidth how wide its lines wrap, so the dialog knows its height before it is laid out */
    RefusalPanel(ObservableValue<Refusal> refusal, double textWidth) {
        super(4);
        setId("refusal");
        getStyleClass().add("banner");
        ToneStyles.apply(this, Tone.DANGER);
        Label check = label("refusal-check", "refusal-check");
        check.setGraphic(new FontIcon("fth-shield-off"));
        Label explanation = label("refusal-explanation", null);
        Label remedy = label("refusal-remedy", null);
        Label service = label("refusal-service", "banner-detail");
        getChildren().addAll(check, explanation, remedy, service);
        for (Label l : new Label[] {check, explanation, remedy, service}) {
            l.setPrefWidth(textWidth);
        }
        show(refusal.getValue(), check, explanation, remedy, service);
        refusal.addListener((o, old, now) -> show(now, check, explanation, remedy, service));
    }

    private void show(Refusal r, Label check, Label explanation, Label remedy, Label service) {
        setVisible(r != null);
        setManaged(r != null);
        if (r != null) {
            check.setText("Lambda refused the deployment: " + r.check().title());
            explanation.setText(r.explanation());
            remedy.setText("What to do: " + r.remedy());
            service.setText(r.serviceText());
        }
    }

    private static Label label(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }
}
