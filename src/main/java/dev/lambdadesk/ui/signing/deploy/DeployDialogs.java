package dev.lambdadesk.ui.signing.deploy;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.DialogPane;

import dev.lambdadesk.ui.common.Refusal;
import dev.lambdadesk.ui.common.RefusalView;

/** What the deploy dialogs share: their style sheets and id. */
final class DeployDialogs {

    private DeployDialogs() {
    }

    /** The refusal of a deployment, its lines wrapping at {@code width} so the dialog knows its height early. */
    static RefusalView refusalView(ObservableValue<Refusal> refusal, double width) {
        RefusalView view = new RefusalView(refusal, "Lambda refused the deployment");
        view.setPrefWidth(width);
        return view;
    }

    static void style(DialogPane pane, String id) {
        pane.setId(id);
        pane.getStylesheets().add(DeployDialogs.class.getResource("/dev/lambdadesk/ui/common/forms.css")
                .toExternalForm());
        pane.getStylesheets().add(DeployDialogs.class.getResource("/dev/lambdadesk/ui/signing/signing.css")
                .toExternalForm());
    }
}
