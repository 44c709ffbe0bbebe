package dev.lambdadesk.ui.signing.jobs;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.ServiceCalls;

/**
 * Revoke one signing job's signature: a reason (1–500 characters, the same rule as a profile revocation's reason)
 * and an explicit "I understand", since revocation cannot be undone.
 */
public final class RevokeSignatureViewModel {

    private final Workspace context;
    private final ServiceCalls calls;
    private final SigningJobInfo job;
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final BooleanProperty understood = new SimpleBooleanProperty(this, "understood");
    private final FormValidation validation = new FormValidation();
    private final ReadOnlyBooleanWrapper revoking = new ReadOnlyBooleanWrapper(this, "revoking");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding revokeDisabled;
    private Consumer<String> onRevoked = id -> { };

    public RevokeSignatureViewModel(Workspace context, SigningJobInfo job) {
        this.context = Objects.requireNonNull(context, "context");
        this.calls = context.calls();
        this.job = Objects.requireNonNull(job, "job");
        validation.field("signature-reason", "reason");
        reason.addListener(o -> revalidate());
        revokeDisabled = validation.hasErrorsProperty().or(understood.not()).or(revoking).or(done);
        revalidate();
    }

    private void revalidate() {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("reason", reason.get());
        validation.show(context.validator().validate(Operation.REVOKE_SIGNING_PROFILE, request, "reason"));
    }

    /** Revokes the signature; does nothing until a reason is given and the person confirmed. */
    public void revoke() {
        if (revokeDisabled.get()) {
            return;
        }
        String why = reason.get();
        problem.set("");
        revoking.set(true);
        calls.run(() -> {
            context.session().signer().revokeSignature(job.jobId(), why);
            return job.jobId();
        }, id -> {
            revoking.set(false);
            done.set(true);
            onRevoked.accept(id);
        }, failed -> {
            revoking.set(false);
            problem.set(failed.summary());
        });
    }

    /** What revoking the signature does. */
    public String consequences() {
        return "Revoking is irreversible. Lambda then refuses to deploy " + job.signedObject()
                .map(SigningJobInfo.S3Location::uri).orElse("the package this job signed") + " wherever a code "
                + "signing configuration checks it (under Enforce; Warn only records it). Functions already running "
                + "it keep running.";
    }

    public Optional<String> limitsOf() {
        return context.validator().describe(Operation.REVOKE_SIGNING_PROFILE, "reason");
    }

    public void onRevoked(Consumer<String> listener) {
        this.onRevoked = Objects.requireNonNull(listener);
    }

    public SigningJobInfo job() {
        return job;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public BooleanProperty understoodProperty() {
        return understood;
    }

    public FormValidation validation() {
        return validation;
    }

    public BooleanBinding revokeDisabledProperty() {
        return revokeDisabled;
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
