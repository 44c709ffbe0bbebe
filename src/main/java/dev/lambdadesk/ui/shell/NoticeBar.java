package dev.lambdadesk.ui.shell;

import javafx.collections.ListChangeListener;
import javafx.scene.layout.StackPane;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/** A warning bar under the header with the shell's notices (one per line) and a button that dismisses them. */
final class NoticeBar extends StackPane {

    NoticeBar(ShellViewModel viewModel) {
        setId("notice-bar");
        getStyleClass().add("notice-bar");
        Message message = new Message(null, "", new FontIcon("fth-alert-triangle"));
        message.setId("notice-message");
        message.getStyleClass().add(Styles.WARNING);
        message.setOnClose(event -> viewModel.dismissNotices());
        getChildren().add(message);

        Runnable show = () -> {
            message.setDescription(String.join("\n", viewModel.notices()));
            boolean any = !viewModel.notices().isEmpty();
            setVisible(any);
            setManaged(any);
        };
        show.run();
        viewModel.notices().addListener((ListChangeListener<String>) change -> show.run());
    }
}
