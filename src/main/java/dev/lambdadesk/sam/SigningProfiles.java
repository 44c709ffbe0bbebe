package dev.lambdadesk.sam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code --signing-profiles}: which resource is signed with which profile ({@code Id=Profile[:Owner]}). */
public record SigningProfiles(Map<String, Profile> byResource) {

    /** A signing profile, and the account that owns it when it is not the caller's. */
    public record Profile(String name, Optional<String> owner) {
    }

    public static SigningProfiles none() {
        return new SigningProfiles(Map.of());
    }

    /** Parses {@code HelloWorld=MySigningProfile MyLayer=MySigningProfile:123456789012}. */
    public static SigningProfiles parse(List<String> items) throws TemplateException {
        Map<String, Profile> out = new LinkedHashMap<>();
        for (String given : items) {
            for (String item : given.trim().split("\\s+")) {
                if (item.isEmpty()) {
                    continue;
                }
                int eq = item.indexOf('=');
                if (eq <= 0 || eq == item.length() - 1) {
                    throw new TemplateException("--signing-profiles '" + item + "' is not LogicalId=ProfileName "
                            + "(or LogicalId=ProfileName:ProfileOwner).");
                }
                String[] profile = item.substring(eq + 1).split(":", 2);
                out.put(item.substring(0, eq), new Profile(profile[0], profile.length == 2
                        ? Optional.of(profile[1]) : Optional.empty()));
            }
        }
        return new SigningProfiles(Map.copyOf(out));
    }

    public Optional<Profile> of(String logicalId) {
        return Optional.ofNullable(byResource.get(logicalId));
    }

    public boolean isEmpty() {
        return byResource.isEmpty();
    }
}
