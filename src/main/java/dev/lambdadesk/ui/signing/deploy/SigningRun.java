package dev.lambdadesk.ui.signing.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.S3ObjectInfo;
import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.deploy.DeployablePackage;

/**
 * Signs a package the way a team does it in AWS: upload it to the versioned bucket, start a signing job for that
 * version, and follow the job (InProgress → Succeeded or Failed with its reason). Each call runs off the UI thread;
 * the job is polled through the scheduler, so nothing waits on the UI thread.
 */
public final class SigningRun {

    static final Duration POLL_EVERY = Duration.ofSeconds(1);
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

    private final Workspace context;
    private final ServiceCalls calls;
    private final SigningStep upload = new SigningStep("step-upload", "Upload the package");
    private final SigningStep start = new SigningStep("step-start", "Start the signing job");
    private final SigningStep sign = new SigningStep("step-sign", "Sign");
    private final ObservableList<SigningStep> steps = FXCollections.observableArrayList(upload, start, sign);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<DeployablePackage> result = new ReadOnlyObjectWrapper<>(this, "result");
    private Runnable stopPolling = () -> { };

    SigningRun(Workspace context) {
        this.context = context;
        this.calls = context.calls();
    }

    /**
     * Uploads {@code zip} to {@code bucket}/{@code key}, then signs that version with the StartSigningJob request
     * {@code job} makes from it.
     */
    void sign(Path zip, String bucket, String key, Function<String, ObjectNode> job) {
        begin(true);
        uploadThen(zip, bucket, key, uploaded -> startJob(job.apply(uploaded.versionId())));
    }

    /** Uploads {@code zip} and offers it unsigned, to rehearse what a configuration does with unsigned code. */
    void uploadOnly(Path zip, String bucket, String key) {
        begin(false);
        uploadThen(zip, bucket, key, uploaded -> {
            running.set(false);
            result.set(DeployablePackage.unsigned(new SigningJobInfo.S3Location(bucket, key,
                    uploaded.versionId())));
        });
    }

    private void begin(boolean signing) {
        stopPolling.run();
        result.set(null);
        running.set(true);
        upload.set(SigningStep.State.WAITING, "");
        start.set(SigningStep.State.WAITING, signing ? "" : "Not signed: uploaded only.");
        sign.set(SigningStep.State.WAITING, "");
    }

    private void uploadThen(Path zip, String bucket, String key, Consumer<S3ObjectInfo> next) {
        upload.set(SigningStep.State.RUNNING, "Uploading " + zip.getFileName() + " to s3://" + bucket + "/" + key
                + "…");
        calls.run(() -> context.session().s3().upload(bucket, key, zip), uploaded -> {
            if (uploaded.versionId().isEmpty()) {
                fail(upload, "S3 gave the upload no version: turn versioning on for " + bucket + " and sign again.");
                return;
            }
            upload.set(SigningStep.State.DONE, "s3://" + bucket + "/" + key + ", version " + uploaded.versionId());
            next.accept(uploaded);
        }, failed -> fail(upload, failed.summary()));
    }

    private void startJob(ObjectNode request) {
        start.set(SigningStep.State.RUNNING, "Starting the job with profile " + request.path("profileName").asText()
                + "…");
        calls.run(() -> context.session().signer().startJob(request), jobId -> {
            start.set(SigningStep.State.DONE, "Job " + jobId);
            sign.set(SigningStep.State.RUNNING, "InProgress");
            poll(jobId, context.clock().instant().plus(GIVE_UP_AFTER));
        }, failed -> fail(start, failed.summary()));
    }

    private void poll(String jobId, Instant giveUpAt) {
        calls.run(() -> context.session().signer().job(jobId), job -> {
            switch (job.status()) {
                case SUCCEEDED -> {
                    sign.set(SigningStep.State.DONE, "Succeeded: " + job.statusReason() + ". Signed package "
                            + job.signedObject().map(SigningJobInfo.S3Location::uri).orElse("?") + ".");
                    running.set(false);
                    result.set(DeployablePackage.signed(job));
                }
                case FAILED -> fail(sign, "Failed: " + job.statusReason());
                case IN_PROGRESS -> {
                    if (context.clock().instant().isAfter(giveUpAt)) {
                        fail(sign, "Still InProgress after " + GIVE_UP_AFTER.toMinutes() + " minutes; see the job "
                                + "under Signing jobs.");
                    } else {
                        sign.set(SigningStep.State.RUNNING, "InProgress");
                        stopPolling = context.scheduler().schedule(() -> poll(jobId, giveUpAt), POLL_EVERY);
                    }
                }
            }
        }, failed -> fail(sign, "The job could not be read: " + failed.summary()));
    }

    private void fail(SigningStep step, String why) {
        step.set(SigningStep.State.FAILED, why);
        running.set(false);
    }

    /** Stops following a job (the section is left or the connection changes). */
    void stop() {
        stopPolling.run();
        running.set(false);
    }

    public List<SigningStep> steps() {
        return steps;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The package to deploy once signing (or the upload alone) finished; null before. */
    public ReadOnlyObjectProperty<DeployablePackage> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
