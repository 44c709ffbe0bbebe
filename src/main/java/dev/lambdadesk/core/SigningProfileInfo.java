package dev.lambdadesk.core;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Signer signing profile at its current version.
 *
 * @param versionArn   the profile version ARN, which a code signing configuration lists as an allowed publisher
 * @param statusReason why the profile has its status (the revocation reason), or an empty string
 * @param tags         empty when the answer carried none (ListSigningProfiles may leave them out)
 */
public record SigningProfileInfo(String name, String arn, String version, String versionArn, String platformId,
                                 String platformDisplayName, Status status, ValidityPeriod validity,
                                 Optional<Revocation> revocation, String statusReason, Map<String, String> tags) {

    /** A profile's status; only an Active profile starts signing jobs. */
    public enum Status {
        ACTIVE("Active"), CANCELED("Canceled"), REVOKED("Revoked");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        /** As the API spells it: {@code Active}. */
        public String wire() {
            return wire;
        }

        public static Status fromWire(String value) {
            for (Status s : values()) {
                if (s.wire.equalsIgnoreCase(value)) {
                    return s;
                }
            }
            return ACTIVE;
        }
    }

    /** How long signatures made with the profile stay valid: {@code value} DAYS, MONTHS or YEARS. */
    public record ValidityPeriod(int value, String type) {
        /** What AWS uses when a profile states none, which is also the maximum. */
        public static final ValidityPeriod DEFAULT = new ValidityPeriod(135, "MONTHS");

        public ValidityPeriod {
            Objects.requireNonNull(type, "type");
        }

        /** "135 months". */
        public String describe() {
            String unit = type.toLowerCase(java.util.Locale.ROOT);
            return value + " " + (value == 1 ? unit.substring(0, unit.length() - 1) : unit);
        }
    }

    /** When a revocation takes effect (signatures made after it fail), when and by whom it was made. */
    public record Revocation(Instant effectiveFrom, Instant revokedAt, String revokedBy) {
    }

    public SigningProfileInfo {
        Objects.requireNonNull(name, "name");
        arn = arn == null ? "" : arn;
        version = version == null ? "" : version;
        versionArn = versionArn == null ? "" : versionArn;
        platformId = platformId == null ? "" : platformId;
        platformDisplayName = platformDisplayName == null || platformDisplayName.isEmpty() ? platformId
                : platformDisplayName;
        Objects.requireNonNull(status, "status");
        validity = validity == null ? ValidityPeriod.DEFAULT : validity;
        revocation = revocation == null ? Optional.empty() : revocation;
        statusReason = statusReason == null ? "" : statusReason;
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
