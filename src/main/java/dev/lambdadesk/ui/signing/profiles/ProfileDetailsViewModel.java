package dev.lambdadesk.ui.signing.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningJobQuery;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.common.RunningWork;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.DetailRow;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.signing.common.Times;

/**
 * The selected profile in full (GetSigningProfile): ARNs, the copyable profile version ARN a code signing
 * configuration needs, validity, revocation record, tags, and the signing jobs made with it.
 */
public final class ProfileDetailsViewModel {

    private final Workspace context;
    private final ServiceCalls calls;
    private final Times times;
    private final ReadOnlyObjectWrapper<SigningProfileInfo> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ObservableList<DetailRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SigningJobInfo> jobs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private RunningWork pending;

    public ProfileDetailsViewModel(Workspace context) {
        this.context = context;
        this.calls = context.calls();
        this.times = new Times(context.clock());
    }

    /** Shows {@code summary} at once, then the full record and the profile's jobs when they arrive. */
    public void show(SigningProfileInfo summary) {
        if (pending != null) {
            pending.cancel();
        }
        problem.set("");
        if (summary == null) {
            profile.set(null);
            rows.clear();
            jobs.clear();
            return;
        }
        profile.set(summary);
        rows.setAll(rowsOf(summary));
        jobs.clear();
        loading.set(true);
        pending = calls.run(() -> new Loaded(context.session().signer().profile(summary.name()),
                context.session().signer().listJobs(SigningJobQuery.ALL).stream()
                        .filter(j -> j.profileName().equals(summary.name())).toList()), loaded -> {
            loading.set(false);
            profile.set(loaded.profile());
            rows.setAll(rowsOf(loaded.profile()));
            jobs.setAll(loaded.jobs());
        }, failed -> {
            loading.set(false);
            problem.set("The details could not be read: " + failed.summary());
        });
    }

    private record Loaded(SigningProfileInfo profile, List<SigningJobInfo> jobs) {
    }

    private List<DetailRow> rowsOf(SigningProfileInfo p) {
        List<DetailRow> out = new ArrayList<>();
        out.add(DetailRow.of("status", "Status", p.status().wire()));
        out.add(DetailRow.of("platform", "Platform", p.platformDisplayName() + " (" + p.platformId() + ")"));
        out.add(DetailRow.copyable("arn", "ARN", p.arn()));
        out.add(DetailRow.of("version", "Version", p.version()));
        out.add(DetailRow.copyable("version-arn", "Profile version ARN", p.versionArn()));
        out.add(DetailRow.of("validity", "Signature validity", p.validity().describe()));
        p.revocation().ifPresent(r -> {
            out.add(DetailRow.of("revoked-from", "Revoked effective", times.show(r.effectiveFrom())));
            out.add(DetailRow.of("revoked-at", "Revoked at", times.show(r.revokedAt()) + " by " + r.revokedBy()));
        });
        if (!p.statusReason().isEmpty()) {
            out.add(DetailRow.of("status-reason", "Reason", p.statusReason()));
        }
        Map<String, String> sorted = new TreeMap<>(p.tags());
        out.add(DetailRow.of("tags", "Tags", sorted.isEmpty() ? "None"
                : String.join(", ", sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())));
        return out;
    }

    /** "2026-03-01 12:00", for the jobs table. */
    public String timeOf(SigningJobInfo job) {
        return times.show(job.createdAt());
    }

    public ReadOnlyObjectProperty<SigningProfileInfo> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ObservableList<DetailRow> rows() {
        return rows;
    }

    /** The signing jobs made with the profile, newest first. */
    public ObservableList<SigningJobInfo> jobs() {
        return jobs;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
