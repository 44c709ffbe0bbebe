package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * Managed policies on roles (AttachRolePolicy, DetachRolePolicy, ListAttachedRolePolicies) and DeleteRole through
 * the real IAM SDK client. Messages as IAM writes them (IAM API reference, "Errors" of each action).
 */
class IamPolicyApiTest {

    private static final String BASIC = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
    private static final String VPC = "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole";
    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static void role(String name) {
        fixture.iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TRUST));
    }

    @Test
    void attachedPoliciesAreListedOnceInAttachmentOrderAndDetached() {
        role("policies");

        fixture.iam.attachRolePolicy(r -> r.roleName("policies").policyArn(BASIC));
        fixture.iam.attachRolePolicy(r -> r.roleName("policies").policyArn(VPC));
        fixture.iam.attachRolePolicy(r -> r.roleName("policies").policyArn(BASIC));

        ListAttachedRolePoliciesResponse listed = fixture.iam.listAttachedRolePolicies(r -> r.roleName("policies"));
        assertThat(listed.attachedPolicies()).extracting(AttachedPolicy::policyArn).containsExactly(BASIC, VPC);
        assertThat(listed.attachedPolicies()).extracting(AttachedPolicy::policyName)
                .containsExactly("AWSLambdaBasicExecutionRole", "AWSLambdaVPCAccessExecutionRole");
        assertThat(listed.isTruncated()).isFalse();

        fixture.iam.detachRolePolicy(r -> r.roleName("policies").policyArn(VPC));
        assertThat(fixture.iam.listAttachedRolePolicies(r -> r.roleName("policies")).attachedPolicies())
                .extracting(AttachedPolicy::policyArn).containsExactly(BASIC);
    }

    @Test
    void listingPagesAndFiltersByPath() {
        role("paged-policies");
        fixture.iam.attachRolePolicy(r -> r.roleName("paged-policies").policyArn(BASIC));
        fixture.iam.attachRolePolicy(r -> r.roleName("paged-policies").policyArn("arn:aws:iam::aws:policy/ReadOnlyAccess"));

        ListAttachedRolePoliciesResponse first = fixture.iam.listAttachedRolePolicies(r -> r.roleName("paged-policies")
                .maxItems(1));
        assertThat(first.isTruncated()).isTrue();
        assertThat(fixture.iam.listAttachedRolePoliciesPaginator(r -> r.roleName("paged-policies").maxItems(1))
                .attachedPolicies()).hasSize(2);
        assertThat(fixture.iam.listAttachedRolePolicies(r -> r.roleName("paged-policies")
                .pathPrefix("/service-role/")).attachedPolicies()).extracting(AttachedPolicy::policyArn)
                .containsExactly(BASIC);
    }

    @Test
    void unknownRolesAndPoliciesAreRefusedAsIamDoes() {
        role("refusals");

        assertThatThrownBy(() -> fixture.iam.attachRolePolicy(r -> r.roleName("refusals")
                .policyArn("arn:aws:iam::aws:policy/NoSuchPolicy")))
                .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or "
                        + "is not attachable."));
        assertThatThrownBy(() -> fixture.iam.attachRolePolicy(r -> r.roleName("ghost").policyArn(BASIC)))
                .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("The role with name ghost cannot be found."));
        assertThatThrownBy(() -> fixture.iam.detachRolePolicy(r -> r.roleName("refusals").policyArn(BASIC)))
                .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Policy " + BASIC + " was not found."));
        assertThatThrownBy(() -> fixture.iam.listAttachedRolePolicies(r -> r.roleName("ghost")))
                .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void aRoleIsDeletedOnlyAfterItsPoliciesAreDetached() {
        role("short-lived");
        fixture.iam.attachRolePolicy(r -> r.roleName("short-lived").policyArn(BASIC));

        assertThatThrownBy(() -> fixture.iam.deleteRole(r -> r.roleName("short-lived")))
                .isInstanceOfSatisfying(DeleteConflictException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Cannot delete entity, must detach all policies first.");
                });

        fixture.iam.detachRolePolicy(r -> r.roleName("short-lived").policyArn(BASIC));
        fixture.iam.deleteRole(r -> r.roleName("short-lived"));

        assertThatThrownBy(() -> fixture.iam.getRole(r -> r.roleName("short-lived")))
                .isInstanceOf(NoSuchEntityException.class);
        assertThatThrownBy(() -> fixture.iam.deleteRole(r -> r.roleName("short-lived")))
                .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void answersAreIamXml() throws Exception {
        role("xml-role");
        SignedHttp http = new SignedHttp(fixture.endpoint);
        String form = "application/x-www-form-urlencoded; charset=utf-8";

        HttpResponse<String> attach = http.send("POST", "/", "Action=AttachRolePolicy&RoleName=xml-role&PolicyArn="
                + BASIC.replace(":", "%3A").replace("/", "%2F") + "&Version=2010-05-08", "iam", form,
                Clock.systemUTC());
        HttpResponse<String> list = http.send("POST", "/", "Action=ListAttachedRolePolicies&RoleName=xml-role"
                + "&Version=2010-05-08", "iam", form, Clock.systemUTC());

        assertThat(attach.body()).contains("<AttachRolePolicyResponse xmlns=\"https://iam.amazonaws.com/doc/"
                + "2010-05-08/\"><ResponseMetadata><RequestId>");
        assertThat(list.body()).contains("<ListAttachedRolePoliciesResult><AttachedPolicies><member>"
                + "<PolicyName>AWSLambdaBasicExecutionRole</PolicyName><PolicyArn>" + BASIC + "</PolicyArn>"
                + "</member></AttachedPolicies><IsTruncated>false</IsTruncated></ListAttachedRolePoliciesResult>");
    }
}
