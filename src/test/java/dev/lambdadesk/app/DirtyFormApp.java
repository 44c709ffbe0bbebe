package dev.lambdadesk.app;

import java.nio.file.Path;
import java.util.Optional;

import dev.lambdadesk.ui.functions.create.CreateFunctionViewModel;
import dev.lambdadesk.ui.common.KeyValueRow;

/**
 * The real desktop app (composition, window, local endpoint, drafts on disk) that opens the Create function form and
 * types into it as a person would, then prints {@code typed} and keeps running until it is killed. For
 * {@link AppCrashDraftTest}, which runs it in a process of its own.
 */
public final class DirtyFormApp {

    static final String TYPED = "typed";

    private DirtyFormApp() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        DesktopApp app = new DesktopApp(dataDir, FileLogging.install(dataDir), new ConnectionOptions(),
                Optional.empty());
        app.onWindowOpen(models -> {
            models.functions().newFunction();
            CreateFunctionViewModel form = models.functions().create();
            form.basics().functionNameProperty().set("survives-a-crash");
            form.basics().descriptionProperty().set("Typed just before the app was killed");
            form.settings().memoryProperty().set("1536");
            KeyValueRow stage = form.environment().addVariable();
            stage.nameProperty().set("STAGE");
            stage.valueProperty().set("staging");
            KeyValueRow team = form.tags().addTag();
            team.nameProperty().set("team");
            team.valueProperty().set("payments");
            System.out.println(TYPED);
            System.out.flush();
        });
        System.exit(app.run());
    }
}
