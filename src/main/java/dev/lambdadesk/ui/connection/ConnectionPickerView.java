package dev.lambdadesk.ui.connection;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.ui.common.FxmlViews;
import dev.lambdadesk.ui.common.ToneStyles;
import dev.lambdadesk.ui.shell.ShellViewModel;

/** The connection picker window (ConnectionPickerView.fxml): binds its controls to a {@link ConnectionPickerViewModel}. */
public final class ConnectionPickerView extends VBox {

    static final String TITLE = "Connection";
    /** Fits over a 1024×700 main window; the list gives up height first when messages need it. */
    static final double WIDTH = 600;
    static final double HEIGHT = 560;

    @FXML
    private Label profilesMessage;
    @FXML
    private ListView<ConnectionChoice> choices;
    @FXML
    private Label regionLabel;
    @FXML
    private ComboBox<String> regionChoice;
    @FXML
    private Label regionProblem;
    @FXML
    private Label endpointUrlLabel;
    @FXML
    private TextField endpointUrl;
    @FXML
    private Label endpointUrlProblem;
    @FXML
    private VBox signInBox;
    @FXML
    private Button signInButton;
    @FXML
    private Label signInMessage;
    @FXML
    private GridPane signInCodeRows;
    @FXML
    private TextField signInCode;
    @FXML
    private TextField signInAddress;
    @FXML
    private Label outcome;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Button applyButton;

    private final ConnectionPickerViewModel viewModel;

    public ConnectionPickerView(ConnectionPickerViewModel viewModel) {
        this.viewModel = viewModel;
        FxmlViews.load(this);
    }

    /** Opens a new picker each time the shell asks for one (indicator clicked, Ctrl+K), over {@code owner}. */
    public static void openOnRequest(ShellViewModel shell, ConnectionViewModel connection, Window owner) {
        shell.onConnectionPickerRequested(() -> open(connection.newPicker(), owner));
    }

    /** Shows the picker in its own window over {@code owner}; it closes when the chosen connection works. */
    public static Stage open(ConnectionPickerViewModel viewModel, Window owner) {
        ConnectionPickerView view = new ConnectionPickerView(viewModel);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(TITLE);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        scene.getStylesheets().add(ConnectionPickerView.class.getResource("connection-picker.css").toExternalForm());
        stage.setScene(scene);
        // Escape closes the picker even when the list (which keeps Escape for itself) has the focus.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !view.regionChoice.isShowing()) {
                event.consume();
                stage.hide();
            }
        });
        stage.setOnHidden(event -> viewModel.closed());
        viewModel.finishedProperty().addListener((observable, old, done) -> {
            if (done) {
                stage.close();
            }
        });
        stage.show();
        view.choices.requestFocus();
        return stage;
    }

    @FXML
    private void initialize() {
        profilesMessage.textProperty().bind(viewModel.profilesMessageProperty());
        hideWhenEmpty(profilesMessage);

        choices.setItems(viewModel.choices());
        choices.setCellFactory(list -> new ChoiceCell());
        choices.getSelectionModel().select(viewModel.selectedChoiceProperty().get());
        viewModel.selectedChoiceProperty().addListener((observable, old, now) -> choices.getSelectionModel().select(now));
        choices.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null) {
                viewModel.selectedChoiceProperty().set(now);
            }
        });
        choices.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                viewModel.apply();
            }
        });

        regionLabel.setLabelFor(regionChoice);
        RegionChoices.bind(regionChoice, viewModel);
        regionProblem.textProperty().bind(viewModel.regionProblemProperty());
        hideWhenEmpty(regionProblem);

        endpointUrlLabel.setLabelFor(endpointUrl);
        endpointUrl.textProperty().bindBidirectional(viewModel.endpointUrlProperty());
        endpointUrl.disableProperty().bind(viewModel.endpointUrlAppliesProperty().not());
        endpointUrlLabel.disableProperty().bind(viewModel.endpointUrlAppliesProperty().not());
        endpointUrlProblem.textProperty().bind(viewModel.endpointUrlProblemProperty());
        hideWhenEmpty(endpointUrlProblem);
        viewModel.endpointUrlProblemProperty().addListener((observable, old, now) ->
                endpointUrl.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));

        outcome.textProperty().bind(viewModel.outcomeProperty());
        hideWhenEmpty(outcome);
        ToneStyles.bind(outcome, viewModel.outcomeToneProperty());
        progress.visibleProperty().bind(viewModel.busyProperty().or(viewModel.loadingProperty()));
        applyButton.disableProperty().bind(viewModel.canApplyProperty().not());
        choices.disableProperty().bind(viewModel.busyProperty());
        regionChoice.disableProperty().bind(viewModel.busyProperty().or(viewModel.regionEditableProperty().not()));
        bindSignIn();
    }

    private void bindSignIn() {
        SignInViewModel signIn = viewModel.signInProgress();
        signInBox.visibleProperty().bind(viewModel.signInOfferedProperty());
        signInBox.managedProperty().bind(signInBox.visibleProperty());
        signInButton.disableProperty().bind(viewModel.canSignInProperty().not());
        String hint = signInMessage.getText();
        signInMessage.textProperty().bind(Bindings.when(signIn.messageProperty().isEmpty()).then(hint)
                .otherwise(signIn.messageProperty()));
        ToneStyles.bind(signInMessage, signIn.toneProperty());
        signInCode.textProperty().bind(signIn.codeProperty());
        signInAddress.textProperty().bind(signIn.addressProperty());
        signInCodeRows.visibleProperty().bind(signIn.codeProperty().isNotEmpty());
        signInCodeRows.managedProperty().bind(signInCodeRows.visibleProperty());
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    @FXML
    private void apply() {
        viewModel.apply();
    }

    @FXML
    private void close() {
        getScene().getWindow().hide();
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(Bindings.isNotEmpty(label.textProperty()));
        label.managedProperty().bind(label.visibleProperty());
    }

    /** A choice by its label, e.g. "dev-sso · IAM Identity Center". */
    private static final class ChoiceCell extends ListCell<ConnectionChoice> {
        @Override
        protected void updateItem(ConnectionChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
