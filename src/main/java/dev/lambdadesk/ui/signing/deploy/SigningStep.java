package dev.lambdadesk.ui.signing.deploy;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import dev.lambdadesk.ui.common.Tone;

/** One step of signing a package (upload, start the job, sign), with where it stands. */
public final class SigningStep {

    /** Where a step stands. */
    public enum State {
        WAITING(Tone.NEUTRAL), RUNNING(Tone.ACCENT), DONE(Tone.SUCCESS), FAILED(Tone.DANGER);

        private final Tone tone;

        State(Tone tone) {
            this.tone = tone;
        }

        public Tone tone() {
            return tone;
        }
    }

    private final String id;
    private final String title;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

    SigningStep(String id, String title) {
        this.id = id;
        this.title = title;
    }

    void set(State now, String text) {
        state.set(now);
        detail.set(text);
    }

    /** A stable id ({@code step-upload}, {@code step-start}, {@code step-sign}). */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** What happened: the version uploaded, the job id, InProgress / Succeeded / the reason it failed. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
