package dev.lambdadesk.ui.signing.jobs;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.ui.common.RunningWork;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.DetailRow;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.signing.common.StatusTones;
import dev.lambdadesk.ui.signing.common.Times;

/** The selected job in full (DescribeSigningJob): source, signed object, profile version, expiry, revocation. */
public final class JobDetailsViewModel {

    private final ServiceCalls calls;
    private final Workspace context;
    private final Times times;
    private final ReadOnlyObjectWrapper<SigningJobInfo> job = new ReadOnlyObjectWrapper<>(this, "job");
    private final ObservableList<DetailRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private RunningWork pending;

    JobDetailsViewModel(Workspace context) {
        this.context = context;
        this.calls = context.calls();
        this.times = new Times(context.clock());
    }

    void show(SigningJobInfo summary) {
        if (pending != null) {
            pending.cancel();
        }
        problem.set("");
        job.set(summary);
        if (summary == null) {
            rows.clear();
            return;
        }
        rows.setAll(rowsOf(summary));
        pending = calls.run(() -> context.session().signer().job(summary.jobId()), full -> {
            job.set(full);
            rows.setAll(rowsOf(full));
        }, failed -> problem.set("The job could not be read: " + failed.summary()));
    }

    private List<DetailRow> rowsOf(SigningJobInfo j) {
        List<DetailRow> out = new ArrayList<>();
        out.add(DetailRow.of("status", "Status", StatusTones.label(j)
                + (j.statusReason().isEmpty() ? "" : " — " + j.statusReason())));
        out.add(DetailRow.copyable("job-arn", "Job ARN", j.jobArn()));
        out.add(DetailRow.of("source", "Source", j.source().uri()));
        out.add(DetailRow.copyable("source-version", "Source version", j.source().version()));
        out.add(DetailRow.copyable("signed-object", "Signed object",
                j.signedObject().map(SigningJobInfo.S3Location::uri).orElse("")));
        out.add(DetailRow.of("profile", "Profile", j.profileName() + " · version " + j.profileVersion()));
        out.add(DetailRow.copyable("profile-version-arn", "Profile version ARN", j.profileVersionArn()));
        out.add(DetailRow.of("platform", "Platform", j.platformDisplayName()));
        out.add(DetailRow.of("created", "Created", times.show(j.createdAt())));
        out.add(DetailRow.of("completed", "Completed", times.show(j.completedAt())));
        out.add(DetailRow.of("expires", "Signature expires", times.show(j.signatureExpiresAt())));
        j.revocation().ifPresentOrElse(r -> out.add(DetailRow.of("revocation", "Revoked",
                times.show(r.revokedAt()) + " by " + r.revokedBy() + ": " + r.reason())),
                () -> out.add(DetailRow.of("revocation", "Revoked", j.revoked() ? "Yes" : "No")));
        if (!j.requestedBy().isEmpty()) {
            out.add(DetailRow.of("requested-by", "Requested by", j.requestedBy()));
        }
        return out;
    }

    public ReadOnlyObjectProperty<SigningJobInfo> jobProperty() {
        return job.getReadOnlyProperty();
    }

    public ObservableList<DetailRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
