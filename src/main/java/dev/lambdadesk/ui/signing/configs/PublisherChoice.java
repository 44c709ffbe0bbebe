package dev.lambdadesk.ui.signing.configs;

import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.signing.common.StatusTones;

/**
 * One line of the allowed publishers checklist: a signing profile version of this account (with its status), or a
 * profile version ARN added by hand (another account's, or an older version), and whether it is ticked.
 */
public final class PublisherChoice {

    private final String versionArn;
    private final Optional<SigningProfileInfo> profile;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    private PublisherChoice(String versionArn, Optional<SigningProfileInfo> profile, boolean selected) {
        this.versionArn = versionArn;
        this.profile = profile;
        this.selected.set(selected);
    }

    /** A profile version of this account, as Signer lists it. */
    public static PublisherChoice of(SigningProfileInfo profile, boolean selected) {
        return new PublisherChoice(profile.versionArn(), Optional.of(profile), selected);
    }

    /** A profile version ARN added by hand. */
    public static PublisherChoice byArn(String versionArn, boolean selected) {
        return new PublisherChoice(versionArn, Optional.empty(), selected);
    }

    static Observable[] observables(PublisherChoice choice) {
        return new Observable[] {choice.selected};
    }

    public String versionArn() {
        return versionArn;
    }

    public Optional<SigningProfileInfo> profile() {
        return profile;
    }

    /** "Release_1 · version a1B2c3D4e5", or the ARN itself for one added by hand. */
    public String title() {
        return profile.map(p -> p.name() + " · version " + p.version()).orElse(versionArn);
    }

    /** The status in words, with what it means for signatures. */
    public String note() {
        if (profile.isEmpty()) {
            return "Added by ARN: not a current profile version of this account (another account's, or an "
                    + "older version).";
        }
        SigningProfileInfo p = profile.get();
        return switch (p.status()) {
            case ACTIVE -> "Active · " + p.platformDisplayName();
            case CANCELED -> "Canceled: signs nothing new; packages it signed before still pass.";
            case REVOKED -> "Revoked: packages it signed after the revocation's effective time are refused.";
        };
    }

    /** True for a revoked or canceled profile, which the checklist flags. */
    public boolean isFlagged() {
        return profile.map(p -> !p.isActive()).orElse(false);
    }

    public Tone tone() {
        return profile.map(p -> StatusTones.of(p.status())).orElse(Tone.NEUTRAL);
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    /** What the rules say about this ARN when ticked (a malformed ARN); empty when nothing. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void showProblem(String text) {
        problem.set(text);
    }
}
