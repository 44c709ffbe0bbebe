package dev.lambdadesk.ui.sam;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.aws.AwsProblem;
import dev.lambdadesk.sam.Deployed;
import dev.lambdadesk.sam.Deployer;
import dev.lambdadesk.sam.Packager;
import dev.lambdadesk.sam.SamApplication;
import dev.lambdadesk.sam.SamException;
import dev.lambdadesk.sam.SamProgress;
import dev.lambdadesk.sam.SamResource;
import dev.lambdadesk.sam.StackDeleter;
import dev.lambdadesk.sam.TemplateWriter;
import dev.lambdadesk.ui.common.Refusal;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.workspace.Workspace;

/**
 * Package, Deploy and Delete stack of the opened template, on the connection: the bucket (versioning checked and
 * turned on when signing needs it), a progress line per resource as the work goes, each deployed function joining
 * the live state panel, and a refusal that names the resource Lambda refused.
 */
public final class SamRunViewModel {

    /** What a run ended with: done (with what to say), or stopped at a resource. */
    private sealed interface Outcome {
        record Done(String message) implements Outcome {
        }

        record Stopped(SamException cause) implements Outcome {
        }
    }

    /** Work that may stop at a resource. */
    private interface Work {
        String run() throws Exception;
    }

    private final Workspace context;
    private final Supplier<Optional<OpenedTemplate>> opened;
    private final Supplier<SamApplication.Settings> settings;
    private final SigningChoicesViewModel signing;
    private final StringProperty bucket = new SimpleStringProperty(this, "bucket", "");
    private final StringProperty prefix = new SimpleStringProperty(this, "prefix", "");
    private final ReadOnlyObjectWrapper<Boolean> versioned = new ReadOnlyObjectWrapper<>(this, "versioned");
    private final ReadOnlyStringWrapper bucketProblem = new ReadOnlyStringWrapper(this, "bucketProblem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObjectProperty<Refusal> refusal = new SimpleObjectProperty<>(this, "refusal");
    private final ObservableList<ProgressRow> progress = FXCollections.observableArrayList();

    SamRunViewModel(Workspace context, Supplier<Optional<OpenedTemplate>> opened,
                    Supplier<SamApplication.Settings> settings, SigningChoicesViewModel signing) {
        this.context = context;
        this.opened = opened;
        this.settings = settings;
        this.signing = signing;
        bucket.addListener((o, old, now) -> checkBucket());
    }

    /** Whether the bucket keeps versions: Signer signs an object version, so signing needs it. */
    private void checkBucket() {
        versioned.set(null);
        bucketProblem.set("");
        String name = bucket.get().trim();
        if (name.isEmpty() || !context.session().isConnected()) {
            context.calls().cancel(versioned);
            return;
        }
        context.calls().latest(versioned, () -> context.session().s3().isVersioningEnabled(name), versioned::set,
                r -> bucketProblem.set("Bucket " + name + ": " + r.summary()));
    }

    /** Turns versioning on for the bucket, as {@code sam deploy --guided} offers to. */
    public void enableVersioning() {
        String name = bucket.get().trim();
        busy.set(true);
        activity.set("Turning on versioning for " + name + "…");
        context.calls().run(() -> {
            context.session().s3().enableVersioning(name);
            return name;
        }, done -> {
            busy.set(false);
            activity.set("");
            if (done.equals(bucket.get().trim())) {
                versioned.set(true);
            }
        }, r -> {
            busy.set(false);
            activity.set("");
            bucketProblem.set("Versioning could not be turned on for " + name + ": " + r.summary());
        });
    }

    /** Packages the template and writes the packaged template next to it ({@code <name>.packaged.yaml}). */
    public void packageApp() {
        Optional<OpenedTemplate> template = opened.get();
        if (template.isEmpty()) {
            return;
        }
        Packager.Options options = packagingOptions().orElseThrow();
        Path out = packagedFile(template.get().file());
        start("Packaging", template.get(), () -> {
            SamApplication app = OpenedTemplate.read(template.get().file(), settings.get(),
                    context.validator()).app();
            Packager.Result result = new Packager(context.session().packages(), reporter()).pack(app, options);
            new TemplateWriter().write(result.template(), out);
            long signed = result.artifacts().stream().filter(Packager.Artifact::signed).count();
            return "Packaged " + result.artifacts().size() + " package(s), " + signed + " signed; wrote "
                    + out.getFileName() + " next to the template.";
        });
    }

    /** Deploys the template under the stack name: packages first when a bucket is chosen. */
    public void deploy() {
        Optional<OpenedTemplate> template = opened.get();
        if (template.isEmpty()) {
            return;
        }
        Optional<Packager.Options> options = packagingOptions();
        SamApplication.Settings wanted = settings.get();
        start("Deploying " + wanted.stackName(), template.get(), () -> {
            String account = context.session().stacks().accountId();
            OpenedTemplate read = OpenedTemplate.read(template.get().file(), new SamApplication.Settings(
                    wanted.stackName(), wanted.region(), account, wanted.overrides()), context.validator());
            if (!read.isValid()) {
                throw new SamException("", "The template has errors (see the tree); nothing was deployed.");
            }
            List<Deployed> done = new Deployer(context.session().stacks(), context.session().packages(),
                    reporter(), d -> context.calls().post(() -> deployed(d))).deploy(read.app(), options);
            return "Stack " + wanted.stackName() + " deployed: " + summary(done) + ".";
        });
    }

    /** Deletes what was deployed under the stack name (the view asks the person to type the name first). */
    public void deleteStack() {
        String stack = settings.get().stackName();
        progress.clear();
        start("Deleting " + stack, null, () -> {
            List<Deployed> deleted = new StackDeleter(context.session().stacks(), reporter(),
                    d -> context.calls().post(() -> deployed(d))).delete(stack);
            return deleted.isEmpty() ? "Nothing is deployed under stack " + stack + "."
                    : "Stack " + stack + " deleted: " + deleted.size() + " resource(s).";
        });
    }

    private void start(String what, OpenedTemplate template, Work work) {
        busy.set(true);
        refusal.set(null);
        notice.set("");
        activity.set(what + "…");
        if (template != null) {
            progress.setAll(rowsOf(template));
        }
        Callable<Outcome> call = () -> {
            try {
                return new Outcome.Done(work.run());
            } catch (SamException e) {
                return new Outcome.Stopped(e);
            }
        };
        context.calls().run(call, outcome -> {
            busy.set(false);
            activity.set("");
            switch (outcome) {
                case Outcome.Done done -> notice.set(done.message());
                case Outcome.Stopped stopped -> stopped(stopped.cause());
            }
            context.stores().refreshFunctions();
            context.stores().refreshConfigs();
            context.stores().refreshLayers();
        }, r -> {
            busy.set(false);
            activity.set("");
            refusal.set(r);
        });
    }

    private static List<ProgressRow> rowsOf(OpenedTemplate template) {
        List<ProgressRow> rows = new ArrayList<>();
        for (SamResource r : template.app().resources()) {
            rows.add(new ProgressRow(r.logicalId(), r.typeName()));
        }
        return rows;
    }

    private SamProgress reporter() {
        return (id, message) -> context.calls().post(() -> {
            if (id.isEmpty()) {
                activity.set(message);
            } else {
                row(id, "").step(message);
            }
        });
    }

    private ProgressRow row(String logicalId, String type) {
        return progress.stream().filter(r -> r.logicalId().equals(logicalId)).findFirst().orElseGet(() -> {
            ProgressRow added = new ProgressRow(logicalId, type);
            progress.add(added);
            return added;
        });
    }

    /** A resource is done: its line says so, and a function joins the live state panel. */
    private void deployed(Deployed d) {
        Tone tone = switch (d.outcome()) {
            case CREATED, UPDATED -> Tone.SUCCESS;
            case DELETED -> Tone.WARNING;
            case UNCHANGED, KEPT -> Tone.NEUTRAL;
        };
        row(d.logicalId(), d.type()).finished(d.outcome().word(), d.arn(), tone);
        int at = d.arn().indexOf(":function:");
        if (at > 0 && (d.outcome() == Deployed.Outcome.CREATED || d.outcome() == Deployed.Outcome.UPDATED)) {
            context.statePanel().watch(d.arn().substring(at + ":function:".length()), "Deployed by stack "
                    + settings.get().stackName());
        }
    }

    private void stopped(SamException e) {
        String id = e.logicalId();
        if (!id.isEmpty()) {
            row(id, "").finished("refused", "", Tone.DANGER);
        }
        boolean signing = e.getMessage().contains("CodeVerificationFailed") || e.getMessage().contains("signature")
                || e.getMessage().contains("signed");
        refusal.set(new Refusal(signing ? AwsProblem.Kind.CODE_SIGNING : AwsProblem.Kind.INVALID_REQUEST,
                id.isEmpty() ? "Stopped" : id + " was refused", e.getMessage(), signing
                ? "Choose a signing profile the code signing config trusts for " + id + " (and its layers) under "
                + "Code signing, then deploy again. Resources deployed before it were left as they were." : "",
                "", "", List.of()));
    }

    private static String summary(List<Deployed> done) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        done.forEach(d -> counts.merge(d.outcome().word(), 1, Integer::sum));
        return counts.isEmpty() ? "nothing to deploy" : String.join(", ", counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).toList());
    }

    private Optional<Packager.Options> packagingOptions() {
        if (bucket.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Packager.Options(bucket.get().trim(), prefix.get().trim().replaceAll("/+$", ""),
                    signing.signingProfiles()));
        } catch (dev.lambdadesk.sam.TemplateException e) {
            return Optional.empty();
        }
    }

    /** What is wrong with a typed signing profile, or empty. */
    private String signingProblem() {
        return signing.problem();
    }

    static Path packagedFile(Path template) {
        String name = template.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return template.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".packaged.yaml");
    }

    /** Why Package cannot run now, or empty when it can. */
    String packageBlocker(boolean valid) {
        if (!valid) {
            return "Fix the template's errors first.";
        }
        String profiles = signingProblem();
        if (!profiles.isEmpty()) {
            return profiles;
        }
        if (bucket.get().isBlank()) {
            return "Choose the bucket the packages go to.";
        }
        if (signing.signsAnything() && !Boolean.TRUE.equals(versioned.get())) {
            return versioned.get() == null ? "Checking the bucket…" : "Signing needs versioning on the bucket.";
        }
        return "";
    }

    /** Why Deploy cannot run now, or empty when it can. */
    String deployBlocker(boolean valid, String stackProblem) {
        if (!valid) {
            return "Fix the template's errors first.";
        }
        if (!stackProblem.isEmpty()) {
            return stackProblem;
        }
        if (!signingProblem().isEmpty()) {
            return signingProblem();
        }
        if (signing.signsAnything()) {
            return bucket.get().isBlank() ? "Signing needs a bucket: Signer signs the uploaded package."
                    : packageBlocker(true);
        }
        return "";
    }

    public StringProperty bucketProperty() {
        return bucket;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public ReadOnlyObjectProperty<Boolean> versionedProperty() {
        return versioned.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bucketProblemProperty() {
        return bucketProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObjectProperty<Refusal> refusalProperty() {
        return refusal;
    }

    public ObservableList<ProgressRow> progress() {
        return progress;
    }
}
