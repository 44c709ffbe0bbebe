package dev.lambdadesk.ui.signing.deploy;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import dev.lambdadesk.aws.AwsProblem;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.FunctionStatus;
import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.Refusal;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.deploy.DeployablePackage;
import dev.lambdadesk.ui.deploy.RefusalDiagnosis;

/**
 * Runs one deployment of a package (create or update) and says how it went: deployed (and handed to the state
 * panel), refused by a code signing check (which one, and what to do), or failed for another reason.
 */
public final class DeployState {

    /** What a deployment does, in the state panel's words. */
    enum Attempt {
        CREATE("Create", "Created"),
        UPDATE_CODE("Code update", "Code updated");

        private final String attempted;
        private final String done;

        Attempt(String attempted, String done) {
            this.attempted = attempted;
            this.done = done;
        }
    }

    private final Workspace context;
    private final ServiceCalls calls;
    private final ReadOnlyBooleanWrapper deploying = new ReadOnlyBooleanWrapper(this, "deploying");
    private final ReadOnlyBooleanWrapper deployed = new ReadOnlyBooleanWrapper(this, "deployed");
    private final ReadOnlyObjectWrapper<Refusal> refusal = new ReadOnlyObjectWrapper<>(this, "refusal");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    DeployState(Workspace context) {
        this.context = context;
        this.calls = context.calls();
    }

    /**
     * Runs {@code call} off the UI thread. On success the function joins the state panel; on a code signing refusal
     * the checks are worked out against the configuration {@code configArn} names (read off the UI thread too); any
     * other failure goes to {@code onOtherFailure} as well. A refusal is recorded in the state panel with its reason.
     */
    void run(DeployablePackage pkg, String functionName, Attempt attempt, Callable<FunctionStatus> call,
             Callable<Optional<String>> configArn, Consumer<Refusal> onOtherFailure) {
        String action = attempt.done;
        deploying.set(true);
        deployed.set(false);
        refusal.set(null);
        outcome.set("");
        problem.set("");
        calls.run(call, status -> {
            deploying.set(false);
            deployed.set(true);
            context.statePanel().watch(status, action);
            outcome.set(status.functionName() + ": " + action.toLowerCase(Locale.ROOT) + " from "
                    + pkg.describe() + ". Its state is in the panel below.");
        }, failed -> {
            if (failed.kind() != AwsProblem.Kind.CODE_SIGNING) {
                deploying.set(false);
                problem.set(failed.summary());
                recordIfRefused(functionName, attempt, failed);
                onOtherFailure.accept(failed);
                return;
            }
            context.ui().run(() -> facts(pkg, configArn), facts -> {
                deploying.set(false);
                Refusal r = RefusalDiagnosis.diagnose(failed, Optional.of(facts), context.clock().instant());
                refusal.set(r);
                context.statePanel().recordRefusal(functionName, attempt.attempted, r.title() + ": " + r.summary());
            }, unexpected -> {
                deploying.set(false);
                problem.set(failed.summary());
                recordIfRefused(functionName, attempt, failed);
            });
        });
    }

    /** The service answered no (as opposed to: it could not be reached): the state panel keeps a record. */
    private void recordIfRefused(String functionName, Attempt attempt, Refusal failed) {
        if (!failed.kind().isTransient()) {
            context.statePanel().recordRefusal(functionName, attempt.attempted, failed.summary());
        }
    }

    /** What is known about the package and the configuration, each part as far as it can be read. */
    private RefusalDiagnosis.Facts facts(DeployablePackage pkg, Callable<Optional<String>> configArn) {
        Session session = context.session();
        Optional<SigningJobInfo> job = pkg.job().flatMap(j -> quietly(() -> session.signer().job(j.jobId())));
        Optional<SigningProfileInfo> profile = pkg.job().flatMap(j -> quietly(() ->
                session.signer().profile(j.profileName())));
        Optional<String> arn = quietly(configArn).flatMap(o -> o);
        return new RefusalDiagnosis.Facts(pkg, job.or(pkg::job), profile,
                arn.flatMap(a -> quietly(() -> session.codeSigningConfigs().get(a))));
    }

    private static <T> Optional<T> quietly(Callable<T> read) {
        try {
            return Optional.ofNullable(read.call());
        } catch (Exception e) { // a fact that cannot be read leaves the diagnosis less precise, never broken
            return Optional.empty();
        }
    }

    public ReadOnlyBooleanProperty deployingProperty() {
        return deploying.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty deployedProperty() {
        return deployed.getReadOnlyProperty();
    }

    /** Why Lambda refused the package, or null. */
    public ReadOnlyObjectProperty<Refusal> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** "orders: created from the signed package s3://… Its state is in the panel below." */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** A failure that was no code signing refusal, in plain words. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
