package dev.lambdadesk.local.lambda;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes an AddPermission request as the policy statement AWS stores for it. */
final class PolicyStatements {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern SERVICE =
            Pattern.compile("[a-z0-9.-]+\\.(amazonaws\\.com|amazon\\.com|amazonaws\\.com\\.cn)");

    private final ObjectMapper mapper;

    PolicyStatements(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode statement(JsonNode request, String resourceArn) {
        ObjectNode statement = mapper.createObjectNode();
        statement.put("Sid", request.path("StatementId").asText());
        statement.put("Effect", "Allow");
        principal(statement, request.path("Principal").asText());
        statement.put("Action", request.path("Action").asText());
        statement.put("Resource", resourceArn);
        ObjectNode equals = mapper.createObjectNode();
        copy(request, "SourceAccount", equals, "AWS:SourceAccount");
        copy(request, "FunctionUrlAuthType", equals, "lambda:FunctionUrlAuthType");
        copy(request, "PrincipalOrgID", equals, "aws:PrincipalOrgID");
        copy(request, "EventSourceToken", equals, "lambda:EventSourceToken");
        ObjectNode arnLike = mapper.createObjectNode();
        copy(request, "SourceArn", arnLike, "AWS:SourceArn");
        if (!equals.isEmpty() || !arnLike.isEmpty()) {
            ObjectNode condition = statement.putObject("Condition");
            if (!equals.isEmpty()) {
                condition.set("StringEquals", equals);
            }
            if (!arnLike.isEmpty()) {
                condition.set("ArnLike", arnLike);
            }
        }
        return statement;
    }

    /** The whole policy document as GetPolicy returns it (as a string). */
    String document(PolicyRecord policy) {
        ObjectNode document = mapper.createObjectNode().put("Version", "2012-10-17").put("Id", "default");
        document.putArray("Statement").addAll(policy.statements());
        return document.toString();
    }

    private static void principal(ObjectNode statement, String principal) {
        if ("*".equals(principal)) {
            statement.put("Principal", "*");
        } else if (ACCOUNT.matcher(principal).matches()) {
            statement.putObject("Principal").put("AWS", "arn:aws:iam::" + principal + ":root");
        } else if (principal.startsWith("arn:")) {
            statement.putObject("Principal").put("AWS", principal);
        } else if (SERVICE.matcher(principal).matches()) {
            statement.putObject("Principal").put("Service", principal);
        } else {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                    "The provided principal was invalid. Please check the principal and try again.");
        }
    }

    private static void copy(JsonNode request, String member, ObjectNode to, String key) {
        if (request.hasNonNull(member)) {
            to.put(key, request.get(member).asText());
        }
    }
}
