package dev.lambdadesk.ui.signing.profiles;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.signing.common.Times;

/**
 * The Revoke signing profile dialog: which profile version, why, and from when (now or earlier) signatures stop
 * being trusted. Revocation is irreversible, so the action waits until the profile's name is typed.
 */
public final class RevokeProfileViewModel {

    private final Workspace context;
    private final ServiceCalls calls;
    private final Times times;
    private final SigningProfileInfo profile;
    private final StringProperty profileVersion = new SimpleStringProperty(this, "profileVersion");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty effectiveTime = new SimpleStringProperty(this, "effectiveTime");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final FormValidation validation = new FormValidation();
    private final ReadOnlyBooleanWrapper revoking = new ReadOnlyBooleanWrapper(this, "revoking");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding confirmed;
    private final BooleanBinding revokeDisabled;
    private Consumer<String> onRevoked = name -> { };

    public RevokeProfileViewModel(Workspace context, SigningProfileInfo profile) {
        this.context = Objects.requireNonNull(context, "context");
        this.calls = context.calls();
        this.times = new Times(context.clock());
        this.profile = Objects.requireNonNull(profile, "profile");
        profileVersion.set(profile.version());
        effectiveTime.set(times.show(context.clock().instant()));
        validation.field("revoke-version", "profileVersion");
        validation.field("revoke-reason", "reason");
        validation.field("revoke-effective-time", "effectiveTime");
        watch("revoke-version", profileVersion);
        watch("revoke-reason", reason);
        watch("revoke-effective-time", effectiveTime);
        confirmed = Bindings.createBooleanBinding(() -> profile.name().equals(confirmation.get().trim()),
                confirmation);
        revokeDisabled = validation.hasErrorsProperty().or(confirmed.not()).or(revoking).or(done);
        revalidate();
    }

    private void watch(String fieldId, Observable input) {
        input.addListener(o -> {
            validation.edited(fieldId);
            revalidate();
        });
    }

    private void revalidate() {
        validation.show(context.validator().validate(Operation.REVOKE_SIGNING_PROFILE, request()));
    }

    /** The RevokeSigningProfile request the dialog holds (AWS CLI input JSON). */
    public ObjectNode request() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("profileName", profile.name());
        request.put("profileVersion", profileVersion.get());
        request.put("reason", reason.get());
        Optional<Instant> when = times.parse(effectiveTime.get());
        request.put("effectiveTime", when.map(Instant::toString).orElse(effectiveTime.get()));
        return request;
    }

    /** Revokes the profile version; does nothing until the name is typed and the rules pass. */
    public void revoke() {
        if (revokeDisabled.get()) {
            return;
        }
        ObjectNode request = request();
        validation.clearServiceProblems();
        problem.set("");
        revoking.set(true);
        calls.run(() -> {
            context.session().signer().revokeProfile(request);
            return profile.name();
        }, name -> {
            revoking.set(false);
            done.set(true);
            onRevoked.accept(name);
        }, failed -> {
            revoking.set(false);
            problem.set(failed.summary());
            validation.showServiceProblem(failed.summary(), failed.memberPaths());
        });
    }

    /** What revoking does, said before the person confirms. */
    public String consequences() {
        String text = "Revoking is irreversible. Signatures made with version " + profile.version() + " of "
                + profile.name() + " after the effective time fail Lambda's signature check from now on, and the "
                + "profile can no longer sign. Signatures made before the effective time stay valid.";
        return profile.revocation().map(r -> text + " It is already revoked effective " + times.show(r.effectiveFrom())
                + "; a new revocation can only move that time earlier.").orElse(text);
    }

    /** "Type Release_1 to confirm". */
    public String confirmationPrompt() {
        return "Type " + profile.name() + " to confirm";
    }

    public void onRevoked(Consumer<String> listener) {
        this.onRevoked = Objects.requireNonNull(listener);
    }

    public SigningProfileInfo profile() {
        return profile;
    }

    public String timePattern() {
        return Times.INPUT_PATTERN + " (" + times.zone().getId() + ")";
    }

    public Optional<String> limitsOf(String memberPath) {
        return context.validator().describe(Operation.REVOKE_SIGNING_PROFILE, memberPath);
    }

    public StringProperty profileVersionProperty() {
        return profileVersion;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty effectiveTimeProperty() {
        return effectiveTime;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public FormValidation validation() {
        return validation;
    }

    public BooleanBinding confirmedBinding() {
        return confirmed;
    }

    public BooleanBinding revokeDisabledProperty() {
        return revokeDisabled;
    }

    public ReadOnlyBooleanProperty revokingProperty() {
        return revoking.getReadOnlyProperty();
    }

    /** True once the profile is revoked; the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
