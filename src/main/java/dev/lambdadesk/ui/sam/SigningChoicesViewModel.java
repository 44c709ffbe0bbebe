package dev.lambdadesk.ui.sam;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.sam.SigningPlan;
import dev.lambdadesk.sam.SigningProfiles;
import dev.lambdadesk.sam.TemplateException;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.store.ResourceStore;

/**
 * Which signing profile signs each function and layer (remembered per template, asked for every one that deploys
 * under a code signing config) and, before anything is uploaded, what each config will do with the result: trusted,
 * refused under Enforce, or deployed with a warning under Warn.
 */
public final class SigningChoicesViewModel {

    private final ResourceStore<SigningProfileInfo> profiles;
    private final SamMemory memory;
    private final ObservableList<SigningChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<PlanLine> plan = FXCollections.observableArrayList();
    private final ObservableList<String> profileNames = FXCollections.observableArrayList();
    private OpenedTemplate opened;

    SigningChoicesViewModel(ResourceStore<SigningProfileInfo> profiles, SamMemory memory) {
        this.profiles = profiles;
        this.memory = memory;
        InvalidationListener names = o -> {
            profileNames.setAll(profiles.items().stream().map(SigningProfileInfo::name).distinct().sorted().toList());
            describePlan();
        };
        profiles.items().addListener(names);
        names.invalidated(null);
    }

    /**
     * Shows the functions and layers of {@code now}: those unchanged keep their row (and what is typed in it), a new
     * one gets what was chosen for it before.
     */
    void show(OpenedTemplate now) {
        boolean sameFile = opened != null && opened.file().equals(now.file());
        Map<String, String> remembered = memory.profiles(now.file());
        List<SigningChoice> next = new ArrayList<>();
        for (OpenedTemplate.Signable s : now.signables()) {
            Optional<SigningChoice> kept = sameFile ? choices.stream().filter(c -> c.signable().equals(s)).findFirst()
                    : Optional.empty();
            next.add(kept.orElseGet(() -> choice(now.file(), s, remembered.getOrDefault(s.logicalId(), ""))));
        }
        opened = now;
        if (!next.equals(choices)) {
            choices.setAll(next);
        }
        describePlan();
    }

    private SigningChoice choice(Path file, OpenedTemplate.Signable s, String profile) {
        SigningChoice choice = new SigningChoice(s, profile);
        choice.profileProperty().addListener((o, old, value) -> {
            memory.rememberProfile(file, s.logicalId(), value.trim());
            describePlan();
        });
        return choice;
    }

    private Optional<SigningChoice> find(String logicalId) {
        return choices.stream().filter(c -> c.logicalId().equals(logicalId)).findFirst();
    }

    /** {@code --signing-profiles} as chosen. */
    SigningProfiles signingProfiles() throws TemplateException {
        return SigningProfiles.parse(choices.stream().filter(c -> !c.profileProperty().get().isBlank())
                .map(c -> c.logicalId() + "=" + c.profileProperty().get().trim()).toList());
    }

    /** The first typed profile that is not a signing profile name ({@code Name} or {@code Name:AccountId}), or "". */
    String problem() {
        return choices.stream().map(SigningChoice::problem).filter(p -> !p.isEmpty()).findFirst().orElse("");
    }

    boolean signsAnything() {
        return choices.stream().anyMatch(c -> !c.profileProperty().get().isBlank());
    }

    private void describePlan() {
        if (opened == null) {
            plan.clear();
            return;
        }
        SigningProfiles chosen;
        try {
            chosen = signingProfiles();
        } catch (TemplateException e) {
            plan.setAll(new PlanLine(e.getMessage(), Tone.DANGER));
            return;
        }
        List<PlanLine> lines = new ArrayList<>();
        for (SigningPlan.Entry e : SigningPlan.of(opened.app(), chosen)) {
            lines.add(e.unsignedParts().isEmpty() ? trust(e) : unsigned(e));
        }
        if (lines.isEmpty()) {
            lines.add(new PlanLine("No function of this template deploys under a code signing config of the "
                    + "template; signing is optional.", Tone.NEUTRAL));
        }
        plan.setAll(lines);
    }

    private static PlanLine unsigned(SigningPlan.Entry e) {
        String parts = String.join(" and ", e.unsignedParts());
        return e.refusedOnDeploy()
                ? new PlanLine(parts + (e.unsignedParts().size() > 1 ? " are" : " is") + " not signed and "
                + e.config() + " enforces signatures: Lambda will refuse " + e.function() + ". Choose a signing "
                + "profile for " + parts + ".", Tone.DANGER)
                : new PlanLine(parts + (e.unsignedParts().size() > 1 ? " are" : " is") + " not signed; " + e.config()
                + " only warns, so " + e.function() + " deploys unsigned.", Tone.WARNING);
    }

    /** Everything is signed: does the config trust the profiles chosen? */
    private PlanLine trust(SigningPlan.Entry e) {
        List<String> trusted = opened.trustedBy(e.config());
        List<String> untrusted = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String part : partsOf(e)) {
            String name = find(part).map(SigningChoice::profileName).orElse("");
            Optional<SigningProfileInfo> profile = profiles.items().stream().filter(p -> p.name().equals(name))
                    .findFirst();
            if (profile.isEmpty()) {
                unknown.add(name);
            } else if (!trusted.contains(profile.get().versionArn())) {
                untrusted.add(name);
            }
        }
        if (!untrusted.isEmpty()) {
            boolean enforce = e.policy().equals("Enforce");
            return new PlanLine(e.config() + " does not trust " + String.join(", ", untrusted.stream().distinct()
                    .toList()) + " (it trusts " + (trusted.isEmpty() ? "no profile" : String.join(", ", trusted))
                    + "): " + (enforce ? "Lambda will refuse " + e.function() + ". Set the config's publishers "
                    + "(often a parameter) to the profile's version ARN." : e.function() + " deploys with a "
                    + "warning."), enforce ? Tone.DANGER : Tone.WARNING);
        }
        if (!unknown.isEmpty()) {
            return new PlanLine(e.function() + " is signed with " + String.join(", ", unknown.stream().distinct()
                    .toList()) + ", which this connection does not list; whether " + e.config() + " trusts it is "
                    + "checked on deploy.", Tone.NEUTRAL);
        }
        return new PlanLine(e.function() + " is signed with a profile " + e.config() + " trusts (" + e.policy()
                + ").", Tone.SUCCESS);
    }

    /** The function and its layers of the template. */
    private List<String> partsOf(SigningPlan.Entry e) {
        List<String> parts = new ArrayList<>(List.of(e.function()));
        opened.app().resource(e.function()).ifPresent(f -> f.properties().path("Layers").forEach(l -> {
            if (l.has("Ref") && opened.app().resource(l.get("Ref").asText()).isPresent()) {
                parts.add(l.get("Ref").asText());
            }
        }));
        return parts;
    }

    public ObservableList<SigningChoice> choices() {
        return choices;
    }

    public ObservableList<PlanLine> plan() {
        return plan;
    }

    /** The account's profile names, for the pickers. */
    public ObservableList<String> profileNames() {
        return profileNames;
    }
}
