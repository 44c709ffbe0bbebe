package dev.lambdadesk.ui.signing.deploy;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import dev.lambdadesk.aws.AwsProblem;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.ServiceCalls;

/**
 * The bucket a package is uploaded to and signed in. Signer signs one version of an object, so the bucket must keep
 * versions: a missing bucket is offered to be created with versioning, an unversioned one to have it turned on,
 * rather than letting the signing job fail later.
 */
public final class BucketChoice {

    /** What is known about the chosen bucket. */
    public enum State { NONE, CHECKING, MISSING, NOT_VERSIONED, READY, UNREADABLE }

    private final Workspace context;
    private final ServiceCalls calls;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NONE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Kept in a field: a binding only a listener refers to would be collected and stop following. */
    private final ObjectBinding<Tone> tone =
            Bindings.createObjectBinding(() -> switch (state.get()) {
                case READY -> Tone.SUCCESS;
                case MISSING, NOT_VERSIONED -> Tone.WARNING;
                case UNREADABLE -> Tone.DANGER;
                case NONE, CHECKING -> Tone.NEUTRAL;
            }, state);
    private int checks;

    BucketChoice(Workspace context) {
        this.context = context;
        this.calls = context.calls();
        name.addListener((o, old, now) -> check());
    }

    /** Lists the account's buckets to pick from. */
    public void load() {
        context.stores().ensureListed(context.stores().buckets());
    }

    /** Finds out whether the chosen bucket exists and keeps versions. */
    public void check() {
        String bucket = bucket();
        int check = ++checks;
        if (bucket.isEmpty()) {
            show(State.NONE, "");
            return;
        }
        show(State.CHECKING, "Checking bucket " + bucket + "…");
        calls.latest(this, () -> context.session().s3().isVersioningEnabled(bucket), versioned -> {
            if (check == checks) {
                show(versioned ? State.READY : State.NOT_VERSIONED, versioned ? "Versioning is on." : "Bucket "
                        + bucket + " does not keep versions. Signer signs one version of an object, so the "
                        + "bucket needs versioning. Turn it on?");
            }
        }, failed -> {
            if (check == checks) {
                boolean missing = failed.kind() == AwsProblem.Kind.NOT_FOUND;
                show(missing ? State.MISSING : State.UNREADABLE, missing ? "There is no bucket named " + bucket
                        + ". Create it, with versioning on?" : "Bucket " + bucket + " cannot be used: "
                        + failed.summary());
            }
        });
    }

    /** Creates the chosen bucket with versioning on. */
    public void createWithVersioning() {
        String bucket = bucket();
        show(State.CHECKING, "Creating bucket " + bucket + "…");
        calls.run(() -> {
            context.session().s3().createBucket(bucket);
            context.session().s3().enableVersioning(bucket);
            return bucket;
        }, created -> {
            context.stores().buckets().put(created);
            show(State.READY, "Created bucket " + created + " with versioning on.");
        }, failed -> show(State.UNREADABLE, "Bucket " + bucket + " could not be created: " + failed.summary()));
    }

    /** Turns versioning on for the chosen bucket. */
    public void enableVersioning() {
        String bucket = bucket();
        calls.run(() -> {
            context.session().s3().enableVersioning(bucket);
            return bucket;
        }, done -> show(State.READY, "Versioning is now on for " + done + "."),
                failed -> show(State.UNREADABLE, "Versioning could not be turned on: " + failed.summary()));
    }

    private void show(State now, String text) {
        state.set(now);
        message.set(text);
    }

    public String bucket() {
        return name.get() == null ? "" : name.get().trim();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<String> buckets() {
        return context.stores().buckets().items();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the bucket check found, with the offer to fix it. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How the check's message reads: a warning while something needs doing, success once the bucket is ready. */
    public ObjectBinding<Tone> toneBinding() {
        return tone;
    }

    public BooleanBinding readyBinding() {
        return state.isEqualTo(State.READY);
    }

    public BooleanBinding offersCreateBinding() {
        return state.isEqualTo(State.MISSING);
    }

    public BooleanBinding offersVersioningBinding() {
        return state.isEqualTo(State.NOT_VERSIONED);
    }
}
