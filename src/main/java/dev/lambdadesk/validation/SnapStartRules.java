package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * SnapStart (ApplyOn PublishedVersions) cannot be combined with an EFS file system or with ephemeral storage
 * over 512 MB (Lambda developer guide, SnapStart limitations).
 */
final class SnapStartRules implements RequestRule {

    static final int MAX_EPHEMERAL_MB = 512;

    @Override
    public List<String> reads() {
        return List.of("SnapStart", "FileSystemConfigs", "EphemeralStorage");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode applyOn = Requests.at(request, "SnapStart", "ApplyOn");
        if (applyOn == null || !"PublishedVersions".equals(applyOn.asText())) {
            return;
        }
        JsonNode files = Requests.at(request, "FileSystemConfigs");
        if (files != null && files.isArray() && !files.isEmpty()) {
            out.error("SnapStart.ApplyOn", "SnapStart cannot be used with an EFS file system; remove the file "
                    + "system or turn SnapStart off.", AwsFinding.invalidParameter(
                    "SnapStart is not supported for functions with Amazon EFS file systems."));
        }
        JsonNode size = Requests.at(request, "EphemeralStorage", "Size");
        if (size != null && size.isNumber() && size.asInt() > MAX_EPHEMERAL_MB) {
            out.error("SnapStart.ApplyOn", "SnapStart allows at most 512 MB of ephemeral storage; this function "
                    + "asks for " + size.asInt() + " MB.", AwsFinding.invalidParameter(
                    "SnapStart is not supported for functions with ephemeral storage greater than 512 MB."));
        }
    }
}
