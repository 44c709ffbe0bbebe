package dev.lambdadesk.validation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** A signing profile can only be revoked from a time that has already come. */
final class RevocationTimeLimit implements RequestRule {

    @Override
    public List<String> reads() {
        return List.of("effectiveTime");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        Optional<Instant> when = Timestamps.parse(Requests.at(request, "effectiveTime"));
        if (when.isEmpty()) {
            return;
        }
        Instant now = out.clock().instant();
        if (when.get().isAfter(now)) {
            out.error("effectiveTime", "The revocation must take effect now or in the past; " + when.get()
                    + " is in the future (it is now " + now + ").", AwsFinding.validation(WireText.clause(
                    when.get().toString(), "effectiveTime", "Member must be a time in the past")));
        }
    }
}
