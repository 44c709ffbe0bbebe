package dev.lambdadesk.ui.signing.jobs;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningJobQuery;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.common.store.ResourceStore;
import dev.lambdadesk.ui.signing.common.Times;
import dev.lambdadesk.ui.signing.deploy.SignAndDeployViewModel;

/**
 * The Signing jobs section: every signing job with status, platform and revocation filters, the selected job's
 * details and revoking its signature; and Sign and deploy, which signs a package and deploys it.
 */
public final class SigningJobsViewModel {

    /** What the section shows. */
    public enum Page { LIST, SIGN }

    /** The revocation filter's choices. */
    public enum RevokedFilter {
        ANY("Any signature"), VALID("Not revoked"), REVOKED("Revoked");

        private final String label;

        RevokedFilter(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The status filter's "any status" choice. */
    public static final String ANY = "";

    private final Workspace context;
    private final ServiceCalls calls;
    private final Times times;
    private final ResourceStore<SigningJobInfo> store;
    private final ObservableList<SigningJobInfo> jobs;
    private final ObjectProperty<String> statusFilter = new SimpleObjectProperty<>(this, "status", ANY);
    private final ObjectProperty<String> platformFilter = new SimpleObjectProperty<>(this, "platform", ANY);
    private final ObjectProperty<RevokedFilter> revokedFilter = new SimpleObjectProperty<>(this, "revoked",
            RevokedFilter.ANY);
    private final ObservableList<String> platformChoices = FXCollections.observableArrayList(ANY);
    private final ObjectProperty<SigningJobInfo> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.LIST);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final JobDetailsViewModel details;
    private final SignAndDeployViewModel signAndDeploy;

    public SigningJobsViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        this.calls = context.calls();
        this.store = context.stores().jobs();
        this.jobs = store.items();
        this.times = new Times(context.clock());
        this.details = new JobDetailsViewModel(context);
        this.signAndDeploy = new SignAndDeployViewModel(context);
        statusFilter.addListener(o -> refresh());
        platformFilter.addListener(o -> refresh());
        revokedFilter.addListener(o -> refresh());
        selected.addListener((o, old, now) -> details.show(now));
        signAndDeploy.onPackageReady(pkg -> refresh());
        context.session().onSwitch(spec -> context.ui().post(() -> {
            signAndDeploy.connectionChanged();
            refresh();
        }));
        if (context.session().isConnected()) {
            refresh();
        }
    }

    /** Lists the jobs the filters select, newest first. */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().jobId();
        SigningJobQuery query = new SigningJobQuery(
                statusFilter.get() == null || statusFilter.get().isEmpty() ? Optional.empty()
                        : Optional.of(SigningJobInfo.Status.fromWire(statusFilter.get())),
                platformFilter.get() == null || platformFilter.get().isEmpty() ? Optional.empty()
                        : Optional.of(platformFilter.get()),
                switch (revokedFilter.get() == null ? RevokedFilter.ANY : revokedFilter.get()) {
                    case ANY -> Optional.empty();
                    case VALID -> Optional.of(false);
                    case REVOKED -> Optional.of(true);
                });
        loading.set(true);
        store.loadingStarted();
        calls.latest(store, () -> context.session().signer().listJobs(query), found -> {
            loading.set(false);
            store.replaceAll(found);
            Set<String> platforms = new LinkedHashSet<>(platformChoices);
            found.forEach(j -> platforms.add(j.platformId()));
            if (!platforms.equals(new LinkedHashSet<>(platformChoices))) {
                platformChoices.setAll(platforms);
            }
            status.set(found.size() + (found.size() == 1 ? " job" : " jobs"));
            selected.set(found.stream().filter(j -> j.jobId().equals(keep)).findFirst().orElse(null));
        }, failed -> {
            loading.set(false);
            store.loadingFinished(failed);
            status.set("The signing jobs could not be listed: " + failed.summary());
        });
    }

    /** Opens Sign and deploy (Ctrl+N), offering a saved draft. */
    public void openSignAndDeploy() {
        if (page.get() != Page.SIGN) {
            page.set(Page.SIGN);
            signAndDeploy.opened();
        }
    }

    public void showList() {
        page.set(Page.LIST);
    }

    /** The dialog's ViewModel for revoking the selected job's signature, or null. */
    public RevokeSignatureViewModel revokeSelected() {
        SigningJobInfo job = details.jobProperty().get();
        if (job == null) {
            return null;
        }
        RevokeSignatureViewModel revoke = new RevokeSignatureViewModel(context, job);
        revoke.onRevoked(id -> {
            notice.set("Revoked the signature of job " + id + ". Lambda refuses the package it signed from now on.");
            refresh();
        });
        return revoke;
    }

    /** "2026-03-01 12:00", for the table. */
    public String timeOf(SigningJobInfo job) {
        return times.show(job.createdAt());
    }

    public ObservableList<SigningJobInfo> jobs() {
        return jobs;
    }

    /** Status choices: "" (any), InProgress, Succeeded, Failed. */
    public ObservableList<String> statusChoices() {
        return FXCollections.observableArrayList(ANY, SigningJobInfo.Status.IN_PROGRESS.wire(),
                SigningJobInfo.Status.SUCCEEDED.wire(), SigningJobInfo.Status.FAILED.wire());
    }

    public ObjectProperty<String> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<String> platformFilterProperty() {
        return platformFilter;
    }

    public ObservableList<String> platformChoices() {
        return platformChoices;
    }

    public ObjectProperty<RevokedFilter> revokedFilterProperty() {
        return revokedFilter;
    }

    public ObjectProperty<SigningJobInfo> selectedProperty() {
        return selected;
    }

    /** True unless a succeeded job whose signature is not revoked yet is selected. */
    public BooleanBinding revokeDisabled() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().revoked()
                || selected.get().status() != SigningJobInfo.Status.SUCCEEDED, selected);
    }

    public JobDetailsViewModel details() {
        return details;
    }

    public SignAndDeployViewModel signAndDeploy() {
        return signAndDeploy;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
