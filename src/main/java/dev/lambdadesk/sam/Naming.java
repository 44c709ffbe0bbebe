package dev.lambdadesk.sam;

import com.fasterxml.jackson.databind.JsonNode;

/** The names SAM gives what the template does not name: functions, execution roles and layers. */
public final class Naming {

    private static final int MAX_NAME = 64;

    private Naming() {
    }

    /** FunctionName as written (parameters resolved), else {@code <stack-name>-<LogicalId>} cut to 64. */
    public static String functionName(SamApplication app, SamResource function) {
        return named(app, function, "FunctionName").orElse(cut(app.settings().stackName() + "-"
                + function.logicalId()));
    }

    /** LayerName as written, else the logical id, as SAM does. */
    public static String layerName(SamApplication app, SamResource layer) {
        return named(app, layer, "LayerName").orElse(layer.logicalId());
    }

    /** A SAM function without Role gets a role of its own; other functions name theirs. */
    public static boolean needsExecutionRole(SamResource function) {
        return function.type() == ResourceType.SERVERLESS_FUNCTION && !function.properties().has("Role");
    }

    /** SAM's logical id for the role it makes: {@code <LogicalId>Role}. */
    public static String roleLogicalId(SamResource function) {
        return function.logicalId() + "Role";
    }

    /** {@code <stack-name>-<LogicalId>Role} cut to 64 (SAM adds a random suffix; this name is stable). */
    public static String roleName(SamApplication app, SamResource function) {
        return cut(app.settings().stackName() + "-" + roleLogicalId(function));
    }

    private static java.util.Optional<String> named(SamApplication app, SamResource r, String property) {
        JsonNode given = r.properties().get(property);
        if (given == null) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode resolved = app.intrinsics(new StackValues()).resolve(given);
            return resolved.isValueNode() ? java.util.Optional.of(resolved.asText()) : java.util.Optional.empty();
        } catch (IntrinsicException e) {
            return java.util.Optional.empty(); // the property's finding is reported where the request is built
        }
    }

    private static String cut(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }
}
