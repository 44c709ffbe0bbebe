package dev.lambdadesk.ui.signing.deploy;

/**
 * Why Lambda refused a deployment, in a person's words.
 *
 * @param check       which check failed
 * @param explanation what that means for this package
 * @param remedy      what to do about it
 * @param serviceText the service's own code and message
 */
public record Refusal(Check check, String explanation, String remedy, String serviceText) {

    /** Lambda's signature checks on deploy, and the other ways a signed deployment is refused. */
    public enum Check {
        INTEGRITY("Integrity check failed"),
        UNSIGNED("Unsigned package"),
        UNTRUSTED_PUBLISHER("Untrusted publisher"),
        EXPIRED("Signature expired"),
        REVOKED("Signature revoked"),
        CONFIG_NOT_FOUND("Code signing configuration not found"),
        VERIFICATION("Signature check failed");

        private final String title;

        Check(String title) {
            this.title = title;
        }

        /** The check's name as the refusal shows it. */
        public String title() {
            return title;
        }
    }

    /** "Unsigned package: … What to do: …". */
    public String summary() {
        return check.title() + ": " + explanation + " " + remedy;
    }
}
