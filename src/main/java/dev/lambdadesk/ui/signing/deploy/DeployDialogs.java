package dev.lambdadesk.ui.signing.deploy;

import javafx.scene.control.DialogPane;

/** What the deploy dialogs share: their style sheets and id. */
final class DeployDialogs {

    private DeployDialogs() {
    }

    static void style(DialogPane pane, String id) {
        pane.setId(id);
        pane.getStylesheets().add(DeployDialogs.class.getResource("/dev/lambdadesk/ui/common/forms.css")
                .toExternalForm());
        pane.getStylesheets().add(DeployDialogs.class.getResource("/dev/lambdadesk/ui/signing/signing.css")
                .toExternalForm());
    }
}
