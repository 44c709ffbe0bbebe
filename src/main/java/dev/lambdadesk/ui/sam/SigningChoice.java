package dev.lambdadesk.ui.sam;

import java.util.regex.Pattern;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import dev.lambdadesk.sam.ResourceType;

/**
 * The signing profile a person chose for one function or layer of the template ({@code Name} or {@code Name:Owner};
 * empty: not signed).
 */
public final class SigningChoice {

    private static final Pattern PROFILE = Pattern.compile("[a-zA-Z0-9_]{2,64}(:\\d{12})?");

    private final OpenedTemplate.Signable signable;
    private final StringProperty profile = new SimpleStringProperty(this, "profile", "");

    SigningChoice(OpenedTemplate.Signable signable, String profile) {
        this.signable = signable;
        this.profile.set(profile);
    }

    public String logicalId() {
        return signable.logicalId();
    }

    /** "function" or "layer", and the code signing config of the template it deploys under. */
    public String describe() {
        String kind = signable.kind() == ResourceType.Kind.LAYER ? "layer" : "function";
        return signable.underConfig() ? "A " + kind + " deployed under " + signable.config() + " ("
                + signable.policy() + ")" : "A " + kind + " under no code signing config of the template";
    }

    /** Deployed under a code signing config: a person is asked for a profile, as {@code sam deploy --guided} asks. */
    public boolean asked() {
        return signable.underConfig();
    }

    public StringProperty profileProperty() {
        return profile;
    }

    /** Why the typed profile cannot be a signing profile, or "" (empty means not signed). */
    String problem() {
        String p = profile.get().trim();
        return p.isEmpty() || PROFILE.matcher(p).matches() ? "" : logicalId() + ": \"" + p + "\" is not a signing "
                + "profile: a name is 2–64 letters, digits and underscores, optionally followed by :AccountId.";
    }

    String profileName() {
        String p = profile.get().trim();
        int colon = p.indexOf(':');
        return colon < 0 ? p : p.substring(0, colon);
    }

    OpenedTemplate.Signable signable() {
        return signable;
    }
}
