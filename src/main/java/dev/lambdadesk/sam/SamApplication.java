package dev.lambdadesk.sam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A template read for one stack: its parameter values, the resources LambdaDesk deploys (functions with
 * Globals.Function merged in; those whose Condition is false apart, packaged but not deployed), what it does not
 * deploy, and the findings met while reading (parameters without a value, conditions that cannot be evaluated).
 * Immutable.
 */
public record SamApplication(Template template, Settings settings, Map<String, JsonNode> parameters,
                             List<SamResource> resources, List<SamResource> conditionedOut,
                             List<NotDeployed> notDeployed, List<Finding> findings) {

    /** The stack and the account it is read for. */
    public record Settings(String stackName, String region, String accountId, Map<String, String> overrides) {
        /** What validate uses when there is no stack: SAM CLI's default stack name and a sample account. */
        public static Settings offline(Map<String, String> overrides) {
            return new Settings("sam-app", "us-east-1", "123456789012", overrides);
        }
    }

    public static SamApplication load(Template template, Settings settings) {
        List<Finding> findings = new ArrayList<>();
        Map<String, JsonNode> parameters = ParameterValues.resolve(template, settings.overrides(),
                new ParameterValues.Pseudo(settings.stackName(), settings.region(), settings.accountId()), findings);
        Intrinsics conditions = new Intrinsics(template, parameters, new StackValues());
        List<SamResource> resources = new ArrayList<>();
        List<SamResource> conditionedOut = new ArrayList<>();
        List<NotDeployed> notDeployed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : template.resources().entrySet()) {
            String id = e.getKey();
            JsonNode resource = e.getValue();
            String typeName = resource.path("Type").asText("");
            Optional<ResourceType> type = ResourceType.of(typeName);
            if (type.isEmpty()) {
                notDeployed.add(new NotDeployed(id, typeName.isEmpty() ? "(no Type)" : typeName, "",
                        "it is kept in the packaged template as written"));
                continue;
            }
            JsonNode properties = resource.path("Properties");
            if (!properties.isObject() && !properties.isMissingNode()) {
                findings.add(Finding.error(id, "Properties", "must be a mapping of property names to values"));
                continue;
            }
            ObjectNode own = properties.isObject() ? (ObjectNode) properties : template.root().objectNode();
            ObjectNode merged = type.get() == ResourceType.SERVERLESS_FUNCTION
                    ? Globals.merge(template.functionGlobals(), own) : own.deepCopy();
            if (!inCondition(id, resource, conditions, findings)) {
                // Not deployed, but packaged all the same, as sam package does: the condition may hold elsewhere.
                conditionedOut.add(new SamResource(id, type.get(), merged));
                notDeployed.add(new NotDeployed(id, typeName, "", "its Condition "
                        + resource.path("Condition").asText() + " is false"));
                continue;
            }
            resources.add(new SamResource(id, type.get(), merged));
            if (type.get().kind() != ResourceType.Kind.CODE_SIGNING_CONFIG) {
                merged.fieldNames().forEachRemaining(name -> {
                    if (RequestBuilder.NOT_REQUEST_MEMBERS.contains(name)) {
                        notDeployed.add(new NotDeployed(id, typeName, name, "it stays in the packaged template "
                                + "for CloudFormation"));
                    }
                });
            }
            if (resource.has("Metadata")) {
                notDeployed.add(new NotDeployed(id, typeName, "Metadata", "build methods are not run; the code "
                        + "is packaged as it is on disk"));
            }
        }
        return new SamApplication(template, settings, Map.copyOf(parameters), List.copyOf(resources),
                List.copyOf(conditionedOut), List.copyOf(notDeployed), List.copyOf(findings));
    }

    private static boolean inCondition(String id, JsonNode resource, Intrinsics conditions, List<Finding> findings) {
        if (!resource.has("Condition")) {
            return true;
        }
        try {
            return conditions.condition(resource.path("Condition").asText());
        } catch (IntrinsicException e) {
            findings.add(Finding.error(id, "Condition", e.getMessage()));
            return false;
        }
    }

    public List<SamResource> ofKind(ResourceType.Kind kind) {
        return resources.stream().filter(r -> r.type().kind() == kind).toList();
    }

    public Optional<SamResource> resource(String logicalId) {
        return resources.stream().filter(r -> r.logicalId().equals(logicalId)).findFirst();
    }

    /** The intrinsic function evaluator of this stack, with the given resource values. */
    public Intrinsics intrinsics(Intrinsics.References references) {
        return new Intrinsics(template, parameters, references);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
