package dev.lambdadesk.ui.signing.profiles;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.common.store.ResourceStore;

/**
 * The Signing profiles section: the account's profiles with status and platform filters (canceled ones on
 * request), the selected one's details, and creating, canceling and revoking profiles. Reloads when the
 * connection changes.
 */
public final class SigningProfilesViewModel {

    /** What the section shows. */
    public enum Page { LIST, CREATE }

    /** The status filter's choices. */
    public enum StatusFilter {
        ANY("Any status"), ACTIVE("Active"), REVOKED("Revoked"), CANCELED("Canceled");

        private final String label;

        StatusFilter(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The platform filter's "any platform" choice. */
    public static final String ANY_PLATFORM = "";

    private final Workspace context;
    private final ServiceCalls calls;
    private final ResourceStore<SigningProfileInfo> store;
    private final ObservableList<SigningProfileInfo> all;
    private final FilteredList<SigningProfileInfo> filtered;
    private final SortedList<SigningProfileInfo> shown;
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(this, "status",
            StatusFilter.ANY);
    private final ObjectProperty<String> platformFilter = new SimpleObjectProperty<>(this, "platform", ANY_PLATFORM);
    private final BooleanProperty showCanceled = new SimpleBooleanProperty(this, "showCanceled", false);
    private final ObservableList<String> platformChoices = FXCollections.observableArrayList(ANY_PLATFORM);
    private final ObjectProperty<SigningProfileInfo> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.LIST);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ProfileDetailsViewModel details;
    private final ProfileFormViewModel form;

    public SigningProfilesViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        this.calls = context.calls();
        this.store = context.stores().profiles();
        this.all = store.items();
        this.filtered = new FilteredList<>(all);
        this.shown = new SortedList<>(filtered,
                Comparator.comparing(SigningProfileInfo::name, String.CASE_INSENSITIVE_ORDER));
        this.details = new ProfileDetailsViewModel(context);
        this.form = new ProfileFormViewModel(context);
        statusFilter.addListener(o -> applyFilter());
        platformFilter.addListener(o -> applyFilter());
        showCanceled.addListener(o -> applyFilter());
        applyFilter();
        selected.addListener((o, old, now) -> details.show(now));
        form.onCreated(created -> {
            page.set(Page.LIST);
            notice.set("Created " + created.name() + ". Its profile version ARN is what a code signing "
                    + "configuration trusts.");
            store.put(created);
            selected.set(created);
        });
        all.addListener((ListChangeListener<SigningProfileInfo>) change -> storeChanged());
        InvalidationListener describe = o -> describe();
        store.loadingProperty().addListener(describe);
        store.problemProperty().addListener(describe);
        context.stores().ensureListed(store);
        describe();
    }

    /** New platforms join the filter's choices; the selected profile, replaced in the store, stays selected. */
    private void storeChanged() {
        Set<String> platforms = new LinkedHashSet<>();
        platforms.add(ANY_PLATFORM);
        all.forEach(p -> platforms.add(p.platformId()));
        if (!platforms.equals(new LinkedHashSet<>(platformChoices))) {
            String keep = platformFilter.get();
            platformChoices.setAll(platforms);
            platformFilter.set(platforms.contains(keep) ? keep : ANY_PLATFORM);
        }
        SigningProfileInfo current = selected.get();
        if (current != null) {
            SigningProfileInfo now = store.get(current.name()).orElse(null);
            if (now != current) {
                selected.set(now != null && shown.contains(now) ? now : null);
            }
        }
        describe();
    }

    private void describe() {
        status.set(store.status(shown.size() + " of " + store.count(all.size())));
    }

    /** Reads one profile again (after a cancel or revoke) and puts it in the store. */
    private void reread(String name, String noticeText) {
        calls.run(() -> context.session().signer().profile(name), updated -> {
            store.put(updated);
            notice.set(noticeText);
        }, failed -> {
            notice.set(noticeText);
            context.stores().refreshProfiles();
        });
    }

    /** Lists every profile again (all statuses; the filters choose what is shown). */
    public void refresh() {
        context.stores().refreshProfiles();
    }

    private void applyFilter() {
        StatusFilter s = statusFilter.get() == null ? StatusFilter.ANY : statusFilter.get();
        String platform = platformFilter.get();
        filtered.setPredicate(p -> statusShown(s, p.status())
                && (platform == null || platform.isEmpty() || platform.equals(p.platformId())));
        if (store != null) {
            describe();
        }
    }

    private boolean statusShown(StatusFilter s, SigningProfileInfo.Status st) {
        return switch (s) {
            case ANY -> st != SigningProfileInfo.Status.CANCELED || showCanceled.get();
            case ACTIVE -> st == SigningProfileInfo.Status.ACTIVE;
            case REVOKED -> st == SigningProfileInfo.Status.REVOKED;
            case CANCELED -> st == SigningProfileInfo.Status.CANCELED;
        };
    }

    /** Opens the New signing profile form (Ctrl+N), offering a saved draft. */
    public void newProfile() {
        if (page.get() != Page.CREATE) {
            page.set(Page.CREATE);
            form.opened();
        }
    }

    /** Back to the list; the form keeps what it holds (and its draft). */
    public void showList() {
        page.set(Page.LIST);
    }

    /** What canceling the selected profile means, for the confirmation. */
    public String cancelConsequences() {
        SigningProfileInfo p = selected.get();
        if (p == null) {
            return "";
        }
        return "Canceling " + p.name() + " means:\n• it starts no new signing jobs;\n• the signatures it already made "
                + "stay valid, so packages signed with it still deploy (revoke it to stop that);\n• the name "
                + p.name() + " cannot be used for a new profile.\nIt stays listed under \"Show canceled\".";
    }

    /** Cancels the selected profile. */
    public void cancelSelected() {
        SigningProfileInfo p = selected.get();
        if (p == null || !p.isActive()) {
            return;
        }
        calls.run(() -> {
            context.session().signer().cancelProfile(p.name());
            return p.name();
        }, name -> reread(name, "Canceled " + name + ". It signs nothing new; its signatures stay valid."), failed -> notice.set("Could not cancel " + p.name() + ": " + failed.summary()));
    }

    /** The Revoke dialog's ViewModel for the selected profile, or null when nothing is selected. */
    public RevokeProfileViewModel revokeSelected() {
        SigningProfileInfo p = details.profileProperty().get();
        if (p == null) {
            return null;
        }
        RevokeProfileViewModel revoke = new RevokeProfileViewModel(context, p);
        revoke.onRevoked(name -> reread(name, "Revoked " + name
                + ". Lambda now refuses packages it signed after the effective time."));
        return revoke;
    }

    /** A platform filter choice in words. */
    public String platformLabel(String platformId) {
        if (platformId == null || platformId.isEmpty()) {
            return "Any platform";
        }
        return all.stream().filter(p -> p.platformId().equals(platformId)).findFirst()
                .map(SigningProfileInfo::platformDisplayName).orElse(platformId);
    }

    public ObservableList<SigningProfileInfo> profiles() {
        return shown;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<String> platformFilterProperty() {
        return platformFilter;
    }

    public ObservableList<String> platformChoices() {
        return platformChoices;
    }

    public BooleanProperty showCanceledProperty() {
        return showCanceled;
    }

    public ObjectProperty<SigningProfileInfo> selectedProperty() {
        return selected;
    }

    /** True while no profile is selected. */
    public BooleanBinding nothingSelected() {
        return selected.isNull();
    }

    /** True unless an Active profile is selected: only those can be canceled. */
    public BooleanBinding cancelDisabled() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || !selected.get().isActive(), selected);
    }

    public ProfileDetailsViewModel details() {
        return details;
    }

    public ProfileFormViewModel form() {
        return form;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return store.loadingProperty();
    }

    /** "3 of 5 profiles", or why the list could not be read. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A passing message: created, canceled, revoked. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
