package dev.lambdadesk.core;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Everything the details view shows about one function.
 *
 * @param configuration the full configuration as the API spells it (GetFunction's Configuration member)
 * @param tags          the function's tags
 * @param codeLocation  where the deployed package can be downloaded, when the service says
 * @param codeSigningConfigArn the attached code signing configuration, if any
 */
public record FunctionDetails(ObjectNode configuration, Map<String, String> tags, Optional<String> codeLocation,
                              Optional<String> codeSigningConfigArn) {

    public FunctionDetails {
        tags = Map.copyOf(tags);
    }

    public String name() {
        return configuration.path("FunctionName").asText();
    }

    public String arn() {
        return configuration.path("FunctionArn").asText();
    }
}
