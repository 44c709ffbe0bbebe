package dev.lambdadesk.ui.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.aws.AwsProfiles;
import dev.lambdadesk.aws.ProfileSource;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.UiExecutor;
import dev.lambdadesk.ui.shell.ConnectionState;

/**
 * The connection picker: the local endpoint or a profile, a region, and an optional endpoint URL. Profiles are read
 * off the FX thread when the picker opens; a file that cannot be read is named in {@link #profilesMessageProperty}.
 */
public final class ConnectionPickerViewModel {

    private static final Logger LOG = Logger.getLogger(ConnectionPickerViewModel.class.getName());

    private final ConnectionViewModel connection;
    private final ObservableList<ConnectionChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionChoice> selectedChoice = new SimpleObjectProperty<>(this, "selectedChoice");
    private final RegionField region;
    private final EndpointUrlField endpointUrl;
    private final ReadOnlyStringWrapper profilesMessage = new ReadOnlyStringWrapper(this, "profilesMessage", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyObjectWrapper<Tone> outcomeTone = new ReadOnlyObjectWrapper<>(this, "outcomeTone", Tone.NEUTRAL);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final BooleanBinding canApply;
    private final SignInViewModel signIn;
    private final BooleanBinding canSignIn;
    private final BooleanBinding signInOffered;

    ConnectionPickerViewModel(ConnectionViewModel connection, ProfileSource profiles, UiExecutor executor,
                              ConnectionSpec current, SignInViewModel signIn) {
        this.connection = connection;
        this.signIn = signIn;
        region = RegionField.startingAt(current.region());
        endpointUrl = new EndpointUrlField(current instanceof ConnectionSpec.Profile p
                ? p.endpointUrl().orElse("") : "");
        selectedChoice.addListener((observable, old, now) -> {
            region.choiceChanged(old, now, this::regionOf);
            signIn.cancel(); // a code waiting for another profile is no use now
            endpointUrl.applies.set(now != null && now.takesEndpointUrl());
        });
        canApply = selectedChoice.isNotNull().and(region.problem().isEmpty()).and(endpointUrl.problem.isEmpty())
                .and(busy.not()).and(loading.not()).and(signIn.runningProperty().not());
        signInOffered = Bindings.createBooleanBinding(() -> selectedChoice.get() instanceof ConnectionChoice.Profile p
                && p.profile().kind() == AwsProfiles.Kind.SSO, selectedChoice);
        canSignIn = signInOffered.and(busy.not()).and(signIn.runningProperty().not());
        executor.run(profiles::discover, found -> fill(found, current), failure -> {
            LOG.log(Level.WARNING, "Reading the AWS profiles failed", failure);
            fill(new AwsProfiles.Discovery(List.of(), Optional.of("The AWS profile files could not be read: "
                    + failure.getMessage())), current);
        });
    }

    /** Connects to the chosen connection; the picker is {@link #finishedProperty finished} once it works. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        ConnectionSpec spec = selectedChoice.get().toSpec(region.value(), endpointUrl.value());
        busy.set(true);
        outcome.set("Connecting to " + spec.label() + "…");
        outcomeTone.set(Tone.ACCENT);
        connection.choose(spec, result -> {
            busy.set(false);
            if (result.status().state() == ConnectionState.CONNECTED) {
                outcome.set("");
                outcomeTone.set(Tone.NEUTRAL);
                finished.set(true);
            } else {
                outcome.set((result.switched() ? "Switched to " + spec.label() + ", but it is "
                        + result.status().state().words() + ". " : "") + result.status().detail());
                outcomeTone.set(result.status().state().tone());
            }
        });
    }

    /**
     * Signs the chosen IAM Identity Center profile in (device authorization; the token goes to the AWS CLI's cache),
     * then connects with it.
     */
    public void signIn() {
        if (canSignIn.get() && selectedChoice.get() instanceof ConnectionChoice.Profile p) {
            outcome.set("");
            outcomeTone.set(Tone.NEUTRAL);
            signIn.start(p.profile().name(), this::apply);
        }
    }

    /** The picker closed: a sign-in still waiting for the person stops. */
    public void closed() {
        signIn.cancel();
    }

    /** True while an IAM Identity Center profile is chosen and nothing runs. */
    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    /** Shown while an IAM Identity Center profile is chosen: for the Sign in button and the sign-in's progress. */
    public BooleanBinding signInOfferedProperty() {
        return signInOffered;
    }

    public SignInViewModel signInProgress() {
        return signIn;
    }

    private void fill(AwsProfiles.Discovery found, ConnectionSpec current) {
        List<ConnectionChoice> all = new ArrayList<>();
        all.add(new ConnectionChoice.Local());
        found.profiles().forEach(p -> all.add(new ConnectionChoice.Profile(p)));
        choices.setAll(all);
        profilesMessage.set(found.problem().orElse(found.profiles().isEmpty()
                ? "No AWS profiles were found in ~/.aws/config or ~/.aws/credentials." : ""));
        ConnectionChoice match = switch (current) {
            case ConnectionSpec.Local l -> all.get(0);
            case ConnectionSpec.Profile p -> all.stream()
                    .filter(c -> c instanceof ConnectionChoice.Profile cp && cp.profile().name().equals(p.profileName()))
                    .findFirst().orElse(all.get(0));
        };
        selectedChoice.set(match);
        loading.set(false);
    }

    /**
     * The region a choice comes with (unless one was typed for it in this picker): for the local endpoint its own,
     * for a profile the one it was last used with, else its region in the AWS config, else us-east-1.
     */
    private String regionOf(ConnectionChoice choice) {
        return switch (choice) {
            case ConnectionChoice.Local l -> connection.localRegion();
            case ConnectionChoice.Profile p -> connection.lastRegionOf(p.profile().name())
                    .or(p::ownRegion).orElse(ConnectionSpec.DEFAULT_REGION);
        };
    }

    public ObservableList<ConnectionChoice> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }

    public ObjectProperty<ConnectionChoice> selectedChoiceProperty() {
        return selectedChoice;
    }

    /**
     * The commercial regions (the region in use first when it is from another partition) that contain the text
     * typed; all of them while it is empty or a known region.
     */
    public ObservableList<String> regions() {
        return region.matching();
    }

    /** Every commercial region (the region in use first when it is from another partition). */
    public List<String> allRegions() {
        return region.all();
    }

    /** The region as typed or picked; a region of the regions' form that this list lacks is accepted. */
    public StringProperty regionProperty() {
        return region.text();
    }

    /** Why the region cannot be used, or an empty string. */
    public ReadOnlyStringProperty regionProblemProperty() {
        return region.problem();
    }

    /** False for the local endpoint, which keeps the region it was started with. */
    public ReadOnlyBooleanProperty regionEditableProperty() {
        return region.editable();
    }

    public StringProperty endpointUrlProperty() {
        return endpointUrl.text;
    }

    /** False for the local endpoint, which has its own address. */
    public ReadOnlyBooleanProperty endpointUrlAppliesProperty() {
        return endpointUrl.applies.getReadOnlyProperty();
    }

    /** Why the endpoint URL cannot be used, or an empty string. */
    public ReadOnlyStringProperty endpointUrlProblemProperty() {
        return endpointUrl.problem.getReadOnlyProperty();
    }

    /** A file that could not be read, or that no profile was found; empty otherwise. */
    public ReadOnlyStringProperty profilesMessageProperty() {
        return profilesMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What happened to the last apply when it did not simply work; empty otherwise. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> outcomeToneProperty() {
        return outcomeTone.getReadOnlyProperty();
    }

    /** True once the chosen connection works: the picker can close. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }
}
