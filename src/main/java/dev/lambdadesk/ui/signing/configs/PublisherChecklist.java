package dev.lambdadesk.ui.signing.configs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.common.Problem;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.ServiceCalls;

/**
 * The allowed publishers of a configuration, chosen visually: every Lambda signing profile version of the account
 * (all statuses, revoked and canceled ones flagged) as a checklist, plus profile version ARNs added by hand.
 */
public final class PublisherChecklist {

    /** How many publishers a configuration may list (the rules enforce it; the counter shows it). */
    public static final int MAX = 20;

    private final Workspace context;
    private final ServiceCalls calls;
    private final ObservableList<PublisherChoice> choices =
            FXCollections.observableArrayList(PublisherChoice::observables);
    private final StringProperty arnToAdd = new SimpleStringProperty(this, "arnToAdd", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final IntegerBinding selectedCount;
    private final StringBinding counter;

    PublisherChecklist(Workspace context) {
        this.context = context;
        this.calls = context.calls();
        selectedCount = Bindings.createIntegerBinding(() -> (int) choices.stream()
                .filter(PublisherChoice::isSelected).count(), choices);
        counter = Bindings.createStringBinding(() -> selectedCount.get() + " of at most " + MAX + " chosen",
                selectedCount);
    }

    /** Lists the account's Lambda signing profiles, keeping what is ticked (and what was added by ARN). */
    public void load() {
        load(Runnable::run);
    }

    /** Like {@link #load()}; the list is replaced through {@code apply} (so a form can keep it out of its draft). */
    void load(Consumer<Runnable> apply) {
        status.set("Listing signing profiles…");
        calls.run(() -> context.session().signer().listProfiles(Set.of(), Optional.empty()), profiles -> {
            List<SigningProfileInfo> lambda = profiles.stream()
                    .filter(p -> SigningPlatformInfo.LAMBDA.equals(p.platformId())).toList();
            Set<String> ticked = new LinkedHashSet<>(selectedArns());
            List<PublisherChoice> next = new ArrayList<>();
            lambda.forEach(p -> next.add(PublisherChoice.of(p, ticked.remove(p.versionArn()))));
            choices.stream().filter(c -> c.profile().isEmpty() && !contains(next, c.versionArn()))
                    .forEach(c -> next.add(PublisherChoice.byArn(c.versionArn(), c.isSelected())));
            ticked.stream().filter(arn -> !contains(next, arn)).forEach(arn -> next.add(
                    PublisherChoice.byArn(arn, true)));
            apply.accept(() -> choices.setAll(next));
            status.set(lambda.isEmpty() ? "This account has no Lambda signing profiles yet: create one under "
                    + "Signing profiles, or add a profile version ARN below." : "");
        }, failed -> status.set("The signing profiles could not be listed: " + failed.summary()));
    }

    private static boolean contains(List<PublisherChoice> list, String arn) {
        return list.stream().anyMatch(c -> c.versionArn().equals(arn));
    }

    /** Adds the typed profile version ARN, ticked; an ARN already listed is ticked instead. */
    public void addByArn() {
        String arn = arnToAdd.get().trim();
        if (arn.isEmpty()) {
            return;
        }
        choices.stream().filter(c -> c.versionArn().equals(arn)).findFirst().ifPresentOrElse(
                c -> c.selectedProperty().set(true), () -> choices.add(PublisherChoice.byArn(arn, true)));
        arnToAdd.set("");
    }

    /** Ticks exactly {@code arns}, adding rows for ARNs not listed. */
    void select(List<String> arns) {
        choices.forEach(c -> c.selectedProperty().set(arns.contains(c.versionArn())));
        arns.stream().filter(arn -> !contains(choices, arn)).forEach(arn -> choices.add(
                PublisherChoice.byArn(arn, true)));
    }

    /** The ticked ARNs, in list order. */
    public List<String> selectedArns() {
        return choices.stream().filter(PublisherChoice::isSelected).map(PublisherChoice::versionArn).toList();
    }

    /** Puts the rules' findings about single ARNs on their rows. */
    void showProblems(List<Problem> underPublishers) {
        List<PublisherChoice> ticked = choices.stream().filter(PublisherChoice::isSelected).toList();
        choices.forEach(c -> c.showProblem(""));
        for (Problem p : underPublishers) {
            int open = p.path().indexOf('[');
            int close = p.path().indexOf(']');
            if (open > 0 && close > open) {
                int index = Integer.parseInt(p.path().substring(open + 1, close));
                if (index < ticked.size()) {
                    ticked.get(index).showProblem(p.message());
                }
            }
        }
    }

    public ObservableList<PublisherChoice> choices() {
        return choices;
    }

    public StringProperty arnToAddProperty() {
        return arnToAdd;
    }

    public IntegerBinding selectedCountBinding() {
        return selectedCount;
    }

    /** "2 of at most 20 chosen". */
    public StringBinding counterBinding() {
        return counter;
    }

    /** Why the list is empty or could not be read; empty when all is well. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
