package dev.lambdadesk.local.iam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.NamespacedXml;
import dev.lambdadesk.local.http.Router;
import dev.lambdadesk.local.http.ServiceEnvironment;
import dev.lambdadesk.local.http.ServiceModule;
import dev.lambdadesk.local.http.UriCodec;
import dev.lambdadesk.local.http.WireProtocol;
import dev.lambdadesk.local.sigv4.ReceivedRequest;

/** IAM over the Query protocol ({@code Action=...&Version=2010-05-08}, XML answers): roles and their managed policies. */
public final class IamModule implements ServiceModule {

    public static final String SIGNING_NAME = "iam";
    private static final long MAX_REQUEST_BYTES = 1024 * 1024;

    private final IamRoles roles;
    private final IamOperations operations;
    private final IamPolicies policies;
    private final XmlMapper xml = NamespacedXml.mapper(IamXml.NAMESPACE);
    private final Router router = new Router(MAX_REQUEST_BYTES);
    private final IamProtocol protocol = new IamProtocol(xml);

    public IamModule(ServiceEnvironment env) {
        this.roles = new IamRoles(env.store(), env.mapper(), env.clock());
        this.operations = new IamOperations(roles, xml, env.mapper());
        this.policies = new IamPolicies(roles, xml);
        router.add("POST", "/", "IamQuery", this::dispatch).add("GET", "/", "IamQuery", this::dispatch);
    }

    /** The roles, for Lambda's check that it may assume a function's role. */
    public IamRoles roles() {
        return roles;
    }

    @Override
    public String signingName() {
        return SIGNING_NAME;
    }

    @Override
    public Router router() {
        return router;
    }

    @Override
    public boolean claimsUnsigned(ReceivedRequest request) {
        return ("/".equals(request.rawPath()) || request.rawPath().isEmpty())
                && (request.queryParameter("Action").isPresent()
                || request.header("Content-Type").filter(t -> t.startsWith("application/x-www-form-urlencoded"))
                .isPresent());
    }

    @Override
    public WireProtocol protocol() {
        return protocol;
    }

    @Override
    public Set<String> referencedBlobs() {
        return Set.of();
    }

    private ApiResponse dispatch(ApiRequest request) throws IOException {
        Map<String, List<String>> params = request.received().query();
        if ("POST".equals(request.received().method())) {
            params = UriCodec.parseQuery(new String(request.body(), StandardCharsets.UTF_8), true);
        }
        String action = IamOperations.first(params, "Action").orElse("");
        return switch (action) {
            case "ListRoles" -> operations.listRoles(params, request.requestId());
            case "GetRole" -> operations.getRole(params, request.requestId());
            case "CreateRole" -> operations.createRole(params, request.requestId());
            case "DeleteRole" -> policies.deleteRole(params, request.requestId());
            case "AttachRolePolicy" -> policies.attach(params, request.requestId());
            case "DetachRolePolicy" -> policies.detach(params, request.requestId());
            case "ListAttachedRolePolicies" -> policies.list(params, request.requestId());
            default -> throw IamError.INVALID_ACTION.withMessage("Could not find operation " + action
                    + " for version " + IamOperations.first(params, "Version").orElse("NO_VERSION_SPECIFIED"));
        };
    }
}
