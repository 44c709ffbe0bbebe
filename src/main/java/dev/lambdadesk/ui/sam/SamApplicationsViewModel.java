package dev.lambdadesk.ui.sam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.sam.SamApplication;
import dev.lambdadesk.sam.TemplateException;
import dev.lambdadesk.ui.workspace.Workspace;

/**
 * The SAM applications section: a template opened (recent ones remembered), read and checked offline with
 * {@code sam validate}'s rules again whenever the file, the stack name or a parameter changes, its resources as a
 * tree with their findings, the signing choices and what code signing will do, and Package / Deploy / Delete stack.
 */
public final class SamApplicationsViewModel {

    static final Duration WATCH_EVERY = Duration.ofSeconds(1);
    private static final Pattern STACK_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]{0,127}");
    private static final String OFFLINE_ACCOUNT = "123456789012";

    private final Workspace context;
    private final SamMemory memory;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<OpenedTemplate> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ObservableList<ResourceNode> tree = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper(this, "loadProblem", "");
    private final StringProperty stackName = new SimpleStringProperty(this, "stackName", "");
    private final ReadOnlyStringWrapper stackProblem = new ReadOnlyStringWrapper(this, "stackProblem", "");
    private final ObservableList<ParameterValue> parameters = FXCollections.observableArrayList();
    private final SigningChoicesViewModel signing;
    private final SamRunViewModel run;
    private final StringBinding packageBlocker;
    private final StringBinding deployBlocker;
    private long reads;
    private Object stamp;
    private Runnable stopWatching = () -> { };

    public SamApplicationsViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        this.memory = new SamMemory(context.drafts());
        recent.setAll(memory.recent());
        signing = new SigningChoicesViewModel(context.stores().profiles(), memory);
        run = new SamRunViewModel(context, () -> Optional.ofNullable(opened.get()), this::settings, signing);
        stackName.addListener((o, old, now) -> stackNameChanged(now));
        run.bucketProperty().addListener((o, old, now) -> rememberIfOpen("bucket", now.trim()));
        run.prefixProperty().addListener((o, old, now) -> rememberIfOpen("prefix", now.trim()));
        Observable[] inputs = {opened, stackProblem, run.bucketProperty(), run.versionedProperty(),
                run.busyProperty(), signing.plan()};
        packageBlocker = Bindings.createStringBinding(() -> busyOr(run.packageBlocker(isValid())), inputs);
        deployBlocker = Bindings.createStringBinding(() -> busyOr(run.deployBlocker(isValid(), stackProblem.get())),
                inputs);
    }

    private String busyOr(String blocker) {
        if (opened.get() == null) {
            return "Open a template first.";
        }
        return run.busyProperty().get() ? "Wait for the current work to finish." : blocker;
    }

    private boolean isValid() {
        return opened.get() != null && opened.get().isValid();
    }

    /** Opens {@code template}: what was chosen for it before comes back, and it is watched for changes. */
    public void open(Path template) {
        Path f = template.toAbsolutePath().normalize();
        stopWatching.run();
        file.set(f);
        opened.set(null);
        tree.clear();
        parameters.clear();
        memory.opened(f);
        context.stores().ensureListed(context.stores().profiles());
        context.stores().ensureListed(context.stores().buckets());
        recent.setAll(memory.recent());
        String remembered = memory.value(f, "stackName");
        stackName.set(remembered.isEmpty() ? defaultStackName(f) : remembered);
        run.bucketProperty().set(memory.value(f, "bucket"));
        run.prefixProperty().set(memory.value(f, "prefix"));
        run.progress().clear();
        run.refusalProperty().set(null);
        reread();
        watch(f);
    }

    /** Opens the template open last time, when there is one and it is still there (the section is first shown). */
    public void reopenLast() {
        if (file.get() == null && !recent.isEmpty() && Files.isRegularFile(recent.getFirst())) {
            open(recent.getFirst());
        }
    }

    /** SAM CLI's way: the stack is named after the project; the folder name made a valid stack name. */
    static String defaultStackName(Path template) {
        Path folder = template.getParent() == null ? null : template.getParent().getFileName();
        String name = folder == null ? "" : folder.toString().replaceAll("[^-a-zA-Z0-9]+", "-")
                .replaceAll("^[^a-zA-Z]+", "");
        return name.isEmpty() ? "sam-app" : name.substring(0, Math.min(name.length(), 128));
    }

    private void stackNameChanged(String now) {
        stackProblem.set(STACK_NAME.matcher(now).matches() ? "" : now.isEmpty() ? "Give the stack a name."
                : "A stack name starts with a letter and has only letters, digits and hyphens (at most 128).");
        rememberIfOpen("stackName", now);
        if (opened.get() != null) {
            reread();
        }
    }

    private void rememberIfOpen(String name, String value) {
        if (file.get() != null) {
            memory.remember(file.get(), name, value);
        }
    }

    /** Reads the file again with the current stack name and parameter values; the latest read wins. */
    public void reread() {
        Path f = file.get();
        if (f == null) {
            return;
        }
        long read = ++reads;
        SamApplication.Settings s = settings();
        context.ui().run(() -> OpenedTemplate.read(f, s, context.validator()), t -> {
            if (read == reads) {
                show(t);
            }
        }, failure -> {
            if (read == reads) {
                String why = failure instanceof TemplateException ? failure.getMessage()
                        : f.getFileName() + " cannot be read: " + failure.getMessage();
                loadProblem.set(opened.get() == null ? why : why + " — showing what it held when last read.");
            }
        });
    }

    private void show(OpenedTemplate t) {
        loadProblem.set("");
        List<String> names = t.parameters().stream().map(OpenedTemplate.Parameter::name).toList();
        if (!names.equals(parameters.stream().map(ParameterValue::name).toList())) {
            parameters.setAll(t.parameters().stream().map(this::parameterRow).toList());
        }
        opened.set(t);
        List<ResourceNode> nodes = ResourceNode.of(t);
        if (!nodes.equals(tree)) { // a parameter typed or the file saved unchanged: the tree stays as it is
            tree.setAll(nodes);
        }
        signing.show(t);
    }

    private ParameterValue parameterRow(OpenedTemplate.Parameter p) {
        Path f = file.get();
        String remembered = memory.value(f, "parameter." + p.name());
        ParameterValue row = new ParameterValue(p, remembered.isEmpty() ? p.defaultValue() : remembered);
        row.valueProperty().addListener((o, old, now) -> {
            memory.remember(f, "parameter." + p.name(), now);
            reread();
        });
        return row;
    }

    /** The stack, the connection's region, a sample account until a deploy asks the real one, the parameters. */
    SamApplication.Settings settings() {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.name(), p.valueProperty().get()));
        OpenedTemplate t = opened.get();
        Map<String, String> overrides = t == null ? values : OpenedTemplate.overrides(t.parameters(), values);
        String region = context.session().current().map(c -> c.spec().region()).orElse("us-east-1");
        String stack = stackProblem.get().isEmpty() && !stackName.get().isEmpty() ? stackName.get() : "sam-app";
        return new SamApplication.Settings(stack, region, OFFLINE_ACCOUNT, overrides);
    }

    /** Checks the file every second; a change on disk is read again. */
    private void watch(Path f) {
        boolean[] stopped = {false};
        stopWatching = () -> stopped[0] = true;
        stamp = stampOf(f);
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (stopped[0]) {
                return;
            }
            Object now = stampOf(f);
            context.ui().post(() -> {
                if (!stopped[0] && !Objects.equals(now, stamp)) {
                    stamp = now;
                    reread();
                }
            });
            context.scheduler().schedule(check[0], WATCH_EVERY);
        };
        context.scheduler().schedule(check[0], WATCH_EVERY);
    }

    private static Object stampOf(Path f) {
        try {
            return List.of(Files.getLastModifiedTime(f), Files.size(f));
        } catch (IOException e) {
            return "missing";
        }
    }

    public ObservableList<Path> recent() {
        return recent;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OpenedTemplate> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ObservableList<ResourceNode> tree() {
        return tree;
    }

    public ReadOnlyStringProperty loadProblemProperty() {
        return loadProblem.getReadOnlyProperty();
    }

    public StringProperty stackNameProperty() {
        return stackName;
    }

    public ReadOnlyStringProperty stackProblemProperty() {
        return stackProblem.getReadOnlyProperty();
    }

    public ObservableList<ParameterValue> parameters() {
        return parameters;
    }

    public SigningChoicesViewModel signing() {
        return signing;
    }

    public SamRunViewModel run() {
        return run;
    }

    /** Why Package cannot run now ("" when it can). */
    public StringBinding packageBlocker() {
        return packageBlocker;
    }

    /** Why Deploy cannot run now ("" when it can). */
    public StringBinding deployBlocker() {
        return deployBlocker;
    }

    /** The account's bucket names, for the bucket picker. */
    public ObservableList<String> buckets() {
        return context.stores().buckets().items();
    }
}
