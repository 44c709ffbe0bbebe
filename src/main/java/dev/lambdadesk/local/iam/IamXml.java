package dev.lambdadesk.local.iam;

import java.util.List;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** IAM's Query-protocol XML documents, written by Jackson XML in IAM's namespace. */
final class IamXml {

    static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";

    private IamXml() {
    }

    record ResponseMetadata(@JacksonXmlProperty(localName = "RequestId") String requestId) {
    }

    record Tag(@JacksonXmlProperty(localName = "Key") String key,
               @JacksonXmlProperty(localName = "Value") String value) {
    }

    record Role(@JacksonXmlProperty(localName = "Path") String path,
                @JacksonXmlProperty(localName = "RoleName") String roleName,
                @JacksonXmlProperty(localName = "RoleId") String roleId,
                @JacksonXmlProperty(localName = "Arn") String arn,
                @JacksonXmlProperty(localName = "CreateDate") String createDate,
                @JacksonXmlProperty(localName = "AssumeRolePolicyDocument") String assumeRolePolicyDocument,
                @JacksonXmlProperty(localName = "Description") String description,
                @JacksonXmlProperty(localName = "MaxSessionDuration") Integer maxSessionDuration,
                @JacksonXmlElementWrapper(localName = "Tags") @JacksonXmlProperty(localName = "member")
                List<Tag> tags) {
    }

    record ListRolesResult(@JacksonXmlProperty(localName = "IsTruncated") boolean truncated,
                           @JacksonXmlElementWrapper(localName = "Roles") @JacksonXmlProperty(localName = "member")
                           List<Role> roles,
                           @JacksonXmlProperty(localName = "Marker") String marker) {
    }

    @JacksonXmlRootElement(localName = "ListRolesResponse")
    record ListRolesResponse(@JacksonXmlProperty(localName = "ListRolesResult") ListRolesResult result,
                             @JacksonXmlProperty(localName = "ResponseMetadata") ResponseMetadata metadata) {
    }

    record RoleResult(@JacksonXmlProperty(localName = "Role") Role role) {
    }

    @JacksonXmlRootElement(localName = "GetRoleResponse")
    record GetRoleResponse(@JacksonXmlProperty(localName = "GetRoleResult") RoleResult result,
                           @JacksonXmlProperty(localName = "ResponseMetadata") ResponseMetadata metadata) {
    }

    @JacksonXmlRootElement(localName = "CreateRoleResponse")
    record CreateRoleResponse(@JacksonXmlProperty(localName = "CreateRoleResult") RoleResult result,
                              @JacksonXmlProperty(localName = "ResponseMetadata") ResponseMetadata metadata) {
    }

    @JacksonXmlRootElement(localName = "AttachRolePolicyResponse")
    record AttachRolePolicyResponse(@JacksonXmlProperty(localName = "ResponseMetadata") ResponseMetadata metadata) {
    }

    @JacksonXmlRootElement(localName = "DetachRolePolicyResponse")
    record DetachRolePolicyResponse(@JacksonXmlProperty(localName = "ResponseMetadata") ResponseMetadata metadata) {
    }

    @JacksonXmlRootElement(localName = "DeleteRoleResponse")
    record DeleteRoleResponse(@JacksonXmlProperty(localName = "ResponseMetadata") ResponseMetadata metadata) {
    }

    record AttachedPolicy(@JacksonXmlProperty(localName = "PolicyName") String policyName,
                          @JacksonXmlProperty(localName = "PolicyArn") String policyArn) {
    }

    record ListAttachedRolePoliciesResult(
            @JacksonXmlElementWrapper(localName = "AttachedPolicies") @JacksonXmlProperty(localName = "member")
            List<AttachedPolicy> policies,
            @JacksonXmlProperty(localName = "IsTruncated") boolean truncated,
            @JacksonXmlProperty(localName = "Marker") String marker) {
    }

    @JacksonXmlRootElement(localName = "ListAttachedRolePoliciesResponse")
    record ListAttachedRolePoliciesResponse(
            @JacksonXmlProperty(localName = "ListAttachedRolePoliciesResult") ListAttachedRolePoliciesResult result,
            @JacksonXmlProperty(localName = "ResponseMetadata") ResponseMetadata metadata) {
    }

    record Error(@JacksonXmlProperty(localName = "Type") String type,
                 @JacksonXmlProperty(localName = "Code") String code,
                 @JacksonXmlProperty(localName = "Message") String message) {
    }

    @JacksonXmlRootElement(localName = "ErrorResponse")
    record ErrorResponse(@JacksonXmlProperty(localName = "Error") Error error,
                         @JacksonXmlProperty(localName = "RequestId") String requestId) {
    }
}
