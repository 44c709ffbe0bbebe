package dev.lambdadesk.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How every screen shows a {@link Refusal}: which check failed, what it means, what to do; the service's own code
 * and text on request ("Service details"). Takes no room while there is none. Its lines wrap to the width it is
 * given, so the dialog or form around it grows with it.
 */
public final class RefusalView extends VBox {

    private final Label check = label("refusal-check", "refusal-check");
    private final Label explanation = label("refusal-explanation", null);
    private final Label remedy = label("refusal-remedy", null);
    private final Hyperlink toggle = new Hyperlink("Service details");
    private final Label service = label("refusal-service", "banner-detail");

    /** @param heading what was refused, before the check's name ("Lambda refused the deployment") */
    public RefusalView(ObservableValue<Refusal> refusal, String heading) {
        super(4);
        setId("refusal");
        getStyleClass().add("banner");
        ToneStyles.apply(this, Tone.DANGER);
        setMinHeight(Region.USE_PREF_SIZE);
        check.setGraphic(new FontIcon("fth-shield-off"));
        toggle.setId("refusal-details-toggle");
        toggle.setOnAction(e -> showService(!service.isVisible()));
        getChildren().addAll(check, explanation, remedy, toggle, service);
        show(refusal.getValue(), heading);
        refusal.addListener((o, old, now) -> show(now, heading));
    }

    private void show(Refusal r, String heading) {
        setVisible(r != null);
        setManaged(r != null);
        showService(false);
        if (r == null) {
            return;
        }
        check.setText(heading.isEmpty() ? r.title() : heading + ": " + r.title());
        explanation.setText(r.explanation());
        remedy.setText(r.remedy().isEmpty() ? "" : "What to do: " + r.remedy());
        remedy.setManaged(!r.remedy().isEmpty());
        remedy.setVisible(!r.remedy().isEmpty());
        service.setText(r.serviceDetail());
        toggle.setManaged(!r.serviceDetail().isEmpty());
        toggle.setVisible(!r.serviceDetail().isEmpty());
    }

    private void showService(boolean shown) {
        service.setVisible(shown);
        service.setManaged(shown);
        toggle.setText(shown ? "Hide service details" : "Service details");
    }

    private static Label label(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }
}
