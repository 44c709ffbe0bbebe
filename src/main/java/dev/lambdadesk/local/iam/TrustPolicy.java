package dev.lambdadesk.local.iam;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a role's trust policy to answer whether a service principal may assume the role. */
final class TrustPolicy {

    private TrustPolicy() {
    }

    static boolean allowsService(ObjectMapper mapper, String document, String servicePrincipal) {
        JsonNode policy;
        try {
            policy = mapper.readTree(document);
        } catch (IOException e) {
            return false;
        }
        JsonNode statements = policy.path("Statement");
        for (JsonNode statement : statements.isArray() ? statements : mapper.createArrayNode().add(statements)) {
            if ("Allow".equals(statement.path("Effect").asText())
                    && allows(statement.path("Action"), "sts:AssumeRole", "sts:*", "*")
                    && principalMatches(statement.path("Principal"), servicePrincipal)) {
                return true;
            }
        }
        return false;
    }

    private static boolean principalMatches(JsonNode principal, String servicePrincipal) {
        return "*".equals(principal.asText(null)) || allows(principal.path("Service"), servicePrincipal)
                || allows(principal.path("AWS"), "*");
    }

    private static boolean allows(JsonNode valueOrList, String... accepted) {
        if (valueOrList.isArray()) {
            for (JsonNode value : valueOrList) {
                if (allows(value, accepted)) {
                    return true;
                }
            }
            return false;
        }
        String value = valueOrList.asText("");
        for (String candidate : accepted) {
            if (candidate.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }
}
