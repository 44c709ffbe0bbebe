package dev.lambdadesk.validation;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Warns when an allowed publisher is an ARN but not a signing profile version ARN: the API accepts it, yet no
 * signature can ever match it.
 */
final class PublisherArnHint implements RequestRule {

    private static final Pattern PROFILE_VERSION_ARN = Pattern.compile(
            "arn:aws[a-zA-Z-]*:signer:[a-z0-9-]+:\\d{12}:/signing-profiles/[a-zA-Z0-9_]{2,64}/[a-zA-Z0-9]{10}");

    @Override
    public List<String> reads() {
        return List.of("AllowedPublishers");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode arns = Requests.at(request, "AllowedPublishers", "SigningProfileVersionArns");
        if (arns == null || !arns.isArray()) {
            return;
        }
        for (int i = 0; i < arns.size(); i++) {
            JsonNode arn = arns.get(i);
            String path = "AllowedPublishers.SigningProfileVersionArns[" + i + "]";
            if (arn.isTextual() && !out.hasErrorAt(path) && !PROFILE_VERSION_ARN.matcher(arn.textValue()).matches()) {
                out.warning(path, "This is not a signing profile version ARN (arn:aws:signer:<region>:<account>:"
                        + "/signing-profiles/<name>/<version>), so no signature will match it.");
            }
        }
    }
}
