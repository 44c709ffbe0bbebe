package dev.lambdadesk.local.iam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;

/**
 * AttachRolePolicy, DetachRolePolicy, ListAttachedRolePolicies and DeleteRole. The account has no policies of its
 * own, so the AWS managed policies a Lambda role uses are the ones that can be attached.
 */
final class IamPolicies {

    /** The managed policies known here; IAM answers NoSuchEntity for any other ARN. */
    static final List<String> MANAGED = List.of(
            "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
            "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole",
            "arn:aws:iam::aws:policy/service-role/AWSLambdaRole",
            "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess",
            "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
            "arn:aws:iam::aws:policy/ReadOnlyAccess");

    private final IamRoles roles;
    private final XmlMapper xml;

    IamPolicies(IamRoles roles, XmlMapper xml) {
        this.roles = roles;
        this.xml = xml;
    }

    ApiResponse attach(Map<String, List<String>> params, String requestId) throws IOException {
        String name = IamOperations.required(params, "RoleName", "roleName");
        String arn = policyArn(params);
        if (!MANAGED.contains(arn)) {
            roles.find(name).orElseThrow(() -> IamRoles.noSuchRole(name));
            throw IamError.NO_SUCH_ENTITY.withMessage("Policy " + arn + " does not exist or is not attachable.");
        }
        roles.changePolicies(name, current -> {
            List<String> next = new ArrayList<>(current);
            if (!next.contains(arn)) { // attaching an attached policy again is not an error
                next.add(arn);
            }
            return next;
        });
        return ok(new IamXml.AttachRolePolicyResponse(new IamXml.ResponseMetadata(requestId)));
    }

    ApiResponse detach(Map<String, List<String>> params, String requestId) throws IOException {
        String name = IamOperations.required(params, "RoleName", "roleName");
        String arn = policyArn(params);
        roles.changePolicies(name, current -> {
            if (!current.contains(arn)) {
                throw IamError.NO_SUCH_ENTITY.withMessage("Policy " + arn + " was not found.");
            }
            List<String> next = new ArrayList<>(current);
            next.remove(arn);
            return next;
        });
        return ok(new IamXml.DetachRolePolicyResponse(new IamXml.ResponseMetadata(requestId)));
    }

    ApiResponse list(Map<String, List<String>> params, String requestId) throws IOException {
        String name = IamOperations.required(params, "RoleName", "roleName");
        int maxItems = IamOperations.intParam(params, "MaxItems", 100, 1, 1000, "maxItems");
        String prefix = IamOperations.first(params, "PathPrefix").orElse("/");
        RoleRecord role = roles.find(name).orElseThrow(() -> IamRoles.noSuchRole(name));
        NavigableMap<String, String> rows = new TreeMap<>();
        List<String> attached = role.attachedPolicies();
        for (int i = 0; i < attached.size(); i++) {
            if (policyPath(attached.get(i)).startsWith(prefix)) {
                rows.put(String.format("%05d", i), attached.get(i));
            }
        }
        Paging.Page<String> page;
        try {
            page = Paging.page(rows, IamOperations.first(params, "Marker"), maxItems);
        } catch (IllegalArgumentException e) {
            throw IamError.INVALID_INPUT.withMessage("Invalid Marker.");
        }
        List<IamXml.AttachedPolicy> policies = page.items().stream()
                .map(arn -> new IamXml.AttachedPolicy(arn.substring(arn.lastIndexOf('/') + 1), arn)).toList();
        return ok(new IamXml.ListAttachedRolePoliciesResponse(new IamXml.ListAttachedRolePoliciesResult(policies,
                page.nextMarker() != null, page.nextMarker()), new IamXml.ResponseMetadata(requestId)));
    }

    ApiResponse deleteRole(Map<String, List<String>> params, String requestId) throws IOException {
        roles.delete(IamOperations.required(params, "RoleName", "roleName"));
        return ok(new IamXml.DeleteRoleResponse(new IamXml.ResponseMetadata(requestId)));
    }

    private static String policyArn(Map<String, List<String>> params) {
        String arn = IamOperations.required(params, "PolicyArn", "policyArn");
        if (arn.length() < 20) {
            throw IamOperations.validation(arn, "policyArn", "Member must have length greater than or equal to 20");
        }
        if (!arn.startsWith("arn:") || arn.split(":", 6).length < 6) {
            throw IamError.INVALID_INPUT.withMessage("ARN " + arn + " is not valid.");
        }
        return arn;
    }

    /** The policy's path: what lies between {@code policy} and its name, {@code /} when nothing does. */
    private static String policyPath(String arn) {
        String resource = arn.substring(arn.indexOf(":policy") + ":policy".length());
        return resource.isEmpty() ? "/" : resource.substring(0, resource.lastIndexOf('/') + 1);
    }

    private ApiResponse ok(Object document) throws IOException {
        return ApiResponse.xml(200, xml.writeValueAsBytes(document));
    }
}
