package dev.lambdadesk.local.iam;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;

/** ListRoles, GetRole and CreateRole with IAM's parameters, limits and messages. */
final class IamOperations {

    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]+");
    private static final Pattern PATH = Pattern.compile("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");

    private final IamRoles roles;
    private final XmlMapper xml;
    private final ObjectMapper json;

    IamOperations(IamRoles roles, XmlMapper xml, ObjectMapper json) {
        this.roles = roles;
        this.xml = xml;
        this.json = json;
    }

    ApiResponse listRoles(Map<String, List<String>> params, String requestId) throws IOException {
        String prefix = first(params, "PathPrefix").orElse("/");
        int maxItems = intParam(params, "MaxItems", 100, 1, 1000, "maxItems");
        NavigableMap<String, RoleRecord> matching = new TreeMap<>();
        roles.table().all().forEach((key, role) -> {
            if (role.path().startsWith(prefix)) {
                matching.put(key, role);
            }
        });
        Paging.Page<RoleRecord> page;
        try {
            page = Paging.page(matching, first(params, "Marker"), maxItems);
        } catch (IllegalArgumentException e) {
            throw IamError.INVALID_INPUT.withMessage("Invalid Marker.");
        }
        IamXml.ListRolesResult result = new IamXml.ListRolesResult(page.nextMarker() != null,
                page.items().stream().map(r -> IamRoles.toXml(r, false)).toList(), page.nextMarker());
        return ok(new IamXml.ListRolesResponse(result, new IamXml.ResponseMetadata(requestId)));
    }

    ApiResponse getRole(Map<String, List<String>> params, String requestId) throws IOException {
        String name = required(params, "RoleName", "roleName");
        RoleRecord role = roles.find(name).orElseThrow(() ->
                IamError.NO_SUCH_ENTITY.withMessage("The role with name " + name + " cannot be found."));
        return ok(new IamXml.GetRoleResponse(new IamXml.RoleResult(IamRoles.toXml(role, true)),
                new IamXml.ResponseMetadata(requestId)));
    }

    ApiResponse createRole(Map<String, List<String>> params, String requestId) throws IOException {
        String name = required(params, "RoleName", "roleName");
        if (name.length() > 64) {
            throw validation(name, "roleName", "Member must have length less than or equal to 64");
        }
        if (!ROLE_NAME.matcher(name).matches()) {
            throw validation(name, "roleName", "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
        }
        String policy = required(params, "AssumeRolePolicyDocument", "assumeRolePolicyDocument");
        try {
            if (!json.readTree(policy).isObject()) {
                throw new IOException("not an object");
            }
        } catch (IOException e) {
            throw IamError.MALFORMED_POLICY_DOCUMENT.withMessage("This policy contains invalid Json");
        }
        String path = first(params, "Path").orElse("/");
        if (path.length() > 512 || !PATH.matcher(path).matches()) {
            throw validation(path, "path", "Member must satisfy regular expression pattern: "
                    + "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");
        }
        int maxSession = intParam(params, "MaxSessionDuration", 3600, 3600, 43200, "maxSessionDuration");
        RoleRecord role = roles.create(name, path, policy, first(params, "Description").orElse(null), maxSession,
                tags(params));
        return ok(new IamXml.CreateRoleResponse(new IamXml.RoleResult(IamRoles.toXml(role, true)),
                new IamXml.ResponseMetadata(requestId)));
    }

    private ApiResponse ok(Object document) throws IOException {
        return ApiResponse.xml(200, xml.writeValueAsBytes(document));
    }

    /** {@code Tags.member.N.Key} / {@code Tags.member.N.Value} pairs. */
    private static Map<String, String> tags(Map<String, List<String>> params) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int n = 1; params.containsKey("Tags.member." + n + ".Key"); n++) {
            tags.put(first(params, "Tags.member." + n + ".Key").orElseThrow(),
                    first(params, "Tags.member." + n + ".Value").orElse(""));
        }
        return tags;
    }

    static String required(Map<String, List<String>> params, String name, String wireName) {
        return first(params, name).orElseThrow(() -> IamError.VALIDATION_ERROR.withMessage(
                "1 validation error detected: Value null at '" + wireName
                        + "' failed to satisfy constraint: Member must not be null"));
    }

    static int intParam(Map<String, List<String>> params, String name, int fallback, int min, int max,
                                String wireName) {
        Optional<String> value = first(params, name);
        if (value.isEmpty()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw IamError.VALIDATION_ERROR.withMessage("Invalid value for parameter " + name + ": " + value.get());
        }
        if (parsed < min) {
            throw validation(value.get(), wireName, "Member must have value greater than or equal to " + min);
        }
        if (parsed > max) {
            throw validation(value.get(), wireName, "Member must have value less than or equal to " + max);
        }
        return parsed;
    }

    static ApiException validation(String value, String member, String rule) {
        return IamError.VALIDATION_ERROR.withMessage("1 validation error detected: Value '" + value + "' at '"
                + member + "' failed to satisfy constraint: " + rule);
    }

    static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
