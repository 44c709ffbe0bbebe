package dev.lambdadesk.ui.signing.deploy;

import java.io.File;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.common.FormGrid;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.ToneStyles;
import dev.lambdadesk.ui.workspace.DraftBanner;
import dev.lambdadesk.ui.common.Views;
import dev.lambdadesk.ui.functions.explorer.UpdateCodeDialog;
import dev.lambdadesk.ui.common.PickOrType;

/**
 * Sign and deploy, top to bottom: package, bucket, profile; Sign (or Upload only); the steps as they happen; then
 * Create function or Update code with the result. Escape goes back to the jobs.
 */
public final class SignAndDeployView extends BorderPane {

    private final SignAndDeployViewModel viewModel;
    private final TextField packagePath = new TextField();

    public SignAndDeployView(SignAndDeployViewModel viewModel, Runnable back) {
        this.viewModel = viewModel;
        setId("sign-and-deploy");
        Label title = new Label("Sign and deploy");
        title.getStyleClass().add(Styles.TITLE_3);
        VBox top = new VBox(6, Views.header(Views.button("sign-back", "Back to jobs", "fth-arrow-left",
                back), title), new DraftBanner("sign-draft", viewModel.draft()));
        top.getStyleClass().add("signing-top");
        setTop(top);
        FormGrid grid = new FormGrid();
        packageRows(grid);
        bucketRows(grid);
        profileRows(grid);
        VBox content = new VBox(10, grid, actions(), new StepsView(viewModel.run()), deployOffer());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        setCenter(scroll);
        // the result and what to do with it come last: bring them into sight when they appear
        viewModel.run().resultProperty().addListener((o, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> {
                    scroll.layout();
                    scroll.setVvalue(scroll.getVmax());
                });
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                back.run();
                event.consume();
            }
        });
    }

    private void packageRows(FormGrid grid) {
        packagePath.setId("sign-package");
        packagePath.setPromptText("Path of the .zip to sign");
        packagePath.textProperty().bindBidirectional(viewModel.packagePathProperty());
        HBox.setHgrow(packagePath, Priority.ALWAYS);
        Button browse = Views.button("sign-browse", "Choose…", "fth-folder", this::choosePackage);
        grid.field("Package", packagePath, new HBox(6, packagePath, browse), viewModel.packageFeedback(),
                Optional.of("The .zip deployment package to sign"));
        TextField key = new TextField();
        key.setId("sign-key");
        key.textProperty().bindBidirectional(viewModel.keyProperty());
        grid.field("Object key", key, viewModel.validation().feedback("sign-key"), viewModel.limitsOf("source.s3.key"));
    }

    private void bucketRows(FormGrid grid) {
        BucketChoice bucket = viewModel.bucket();
        ComboBox<String> name = PickOrType.combo(bucket.buckets(), bucket.nameProperty(), "Bucket name");
        name.setId("sign-bucket");
        name.setPrefWidth(260); // checked as typed, so Sign says at once whether the bucket will do
        Label message = Views.note("");
        message.setId("bucket-message");
        message.textProperty().bind(bucket.messageProperty());
        message.getStyleClass().setAll("field-message");
        ToneStyles.bind(message, bucket.toneBinding());
        Button create = Views.button("create-bucket", "Create bucket with versioning", "fth-plus",
                bucket::createWithVersioning);
        create.visibleProperty().bind(bucket.offersCreateBinding());
        create.managedProperty().bind(create.visibleProperty());
        Button version = Views.button("enable-versioning", "Enable versioning", "fth-layers",
                bucket::enableVersioning);
        version.visibleProperty().bind(bucket.offersVersioningBinding());
        version.managedProperty().bind(version.visibleProperty());
        grid.field("Bucket", name, viewModel.validation().feedback("sign-bucket"),
                Optional.of("A bucket with versioning on: Signer signs one version of an object."));
        grid.row("", new VBox(4, message, new HBox(6, create, version)));
    }

    private void profileRows(FormGrid grid) {
        ComboBox<SigningProfileInfo> profile = new ComboBox<>(viewModel.profiles());
        profile.setId("sign-profile");
        profile.setPrefWidth(420);
        profile.valueProperty().bindBidirectional(viewModel.profileProperty());
        profile.setConverter(new StringConverter<>() {
            @Override
            public String toString(SigningProfileInfo p) {
                return p == null ? "" : p.name() + " · version " + p.version() + " · " + p.validity().describe();
            }

            @Override
            public SigningProfileInfo fromString(String s) {
                return null;
            }
        });
        profile.setOnShowing(event -> viewModel.loadProfiles());
        grid.field("Signing profile", profile, viewModel.validation().feedback("sign-profile"),
                viewModel.limitsOf("profileName"));
        grid.row("", Views.note("Only Active AWS Lambda profiles can sign."));
        TextField prefix = new TextField();
        prefix.setId("sign-prefix");
        prefix.textProperty().bindBidirectional(viewModel.prefixProperty());
        grid.field("Signed object prefix", prefix, viewModel.validation().feedback("sign-prefix"),
                viewModel.limitsOf("destination.s3.prefix"));
    }

    private HBox actions() {
        Button sign = Views.button("sign-package-button", "Sign package", "fth-pen-tool", viewModel::sign);
        sign.getStyleClass().add(Styles.ACCENT);
        sign.disableProperty().bind(viewModel.signDisabledProperty());
        Button upload = Views.button("upload-only", "Upload only (unsigned)", "fth-upload-cloud",
                viewModel::uploadOnly);
        upload.disableProperty().bind(viewModel.uploadDisabledProperty());
        upload.setTooltip(new Tooltip("Deploy the package unsigned, to see what a code signing "
                + "configuration does with it"));
        return Views.header(sign, upload);
    }

    private VBox deployOffer() {
        Label ready = new Label();
        ready.setId("package-ready");
        ready.setWrapText(true);
        ready.textProperty().bind(Bindings.createStringBinding(() -> viewModel.run().resultProperty().get() == null
                ? "" : "Ready to deploy: " + viewModel.run().resultProperty().get().describe() + ".",
                viewModel.run().resultProperty()));
        Button create = Views.button("deploy-create-function", "Create function…", "fth-zap",
                viewModel::openInCreateForm);
        create.getStyleClass().add(Styles.ACCENT);
        create.setTooltip(new Tooltip("The Create function form with this package as its code and a code signing "
                + "configuration that trusts its signer"));
        create.setVisible(viewModel.opensCreateForm());
        create.setManaged(create.isVisible());
        Button update = Views.button("deploy-update-code", "Update code of a function…", "fth-upload-cloud",
                this::updateCode);
        Button layer = Views.button("deploy-publish-layer", "Publish as layer version…", "fth-layers", () ->
                new PublishLayerFromPackageDialog(viewModel.publishLayer(), getScene().getWindow()).show());
        FlowPane buttons = new FlowPane(8, 8, create, update, layer);
        VBox offer = new VBox(8, ready, buttons);
        offer.getStyleClass().add("banner");
        ToneStyles.apply(offer, Tone.SUCCESS);
        offer.visibleProperty().bind(viewModel.run().resultProperty().isNotNull());
        offer.managedProperty().bind(offer.visibleProperty());
        return offer;
    }

    /** Asks which function takes the package, then opens the explorer's Update code dialog with it as the code. */
    private void updateCode() {
        viewModel.listFunctions();
        Window window = getScene().getWindow();
        FunctionPickDialog pick = new FunctionPickDialog(viewModel.functions(), window);
        pick.resultProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                new UpdateCodeDialog(viewModel.updateCode(chosen), window).show();
            }
        });
        pick.show();
    }

    private void choosePackage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the package to sign");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip packages", "*.zip"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            viewModel.packagePathProperty().set(file.getAbsolutePath());
        }
    }

    /** Puts the keyboard focus on the package field. */
    public void focusFirstField() {
        Views.focus(packagePath);
    }

    /** The signing steps, one line each: icon in the step's tone, title, what happened. */
    private static final class StepsView extends VBox {
        StepsView(SigningRun run) {
            getStyleClass().add("step-list");
            setId("signing-steps");
            for (SigningStep step : run.steps()) {
                getChildren().add(line(step));
            }
        }

        private static HBox line(SigningStep step) {
            FontIcon icon = new FontIcon();
            Label title = new Label(step.title());
            title.setMinWidth(170);
            Label detail = new Label();
            detail.setId(step.id());
            detail.setWrapText(true);
            detail.textProperty().bind(step.detailProperty());
            HBox line = new HBox(8, icon, title, detail);
            line.getStyleClass().add("step-line");
            Runnable show = () -> {
                icon.setIconLiteral(switch (step.state()) {
                    case WAITING -> "fth-circle";
                    case RUNNING -> "fth-loader";
                    case DONE -> "fth-check-circle";
                    case FAILED -> "fth-x-circle";
                });
                ToneStyles.apply(line, step.state().tone());
            };
            show.run();
            step.stateProperty().addListener((o, old, now) -> show.run());
            return line;
        }
    }
}
