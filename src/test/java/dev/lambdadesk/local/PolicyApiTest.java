package dev.lambdadesk.local;

import static dev.lambdadesk.local.ControlPlaneFixture.functionWithVersions;
import static dev.lambdadesk.local.RecordedAnswers.answer;
import static dev.lambdadesk.local.RecordedAnswers.assertRefusal;
import static dev.lambdadesk.local.RecordedAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.services.lambda.model.AddPermissionRequest;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.lambda.model.GetPolicyResponse;

/** AddPermission, GetPolicy and RemovePermission through the real SDK, checked against AWS's recorded answers. */
class PolicyApiTest {

    private static final String BUCKET_ARN = "arn:aws:s3:::test-bucket";

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

    private static AddPermissionRequest.Builder s3(String name, String sid) {
        return AddPermissionRequest.builder().functionName(name).action("lambda:InvokeFunction").statementId(sid)
                .principal(sid + ".amazonaws.com");
    }

    @Test
    void policyDocumentIsWrittenAsAwsWritesIt() {
        String name = functionWithVersions(fixture, "policy", 1);
        String revisionBefore = fixture.lambda.getFunction(r -> r.functionName(name)).configuration().revisionId();
        fixture.lambda.addPermission(s3(name, "s3").build());
        String statement = fixture.lambda.addPermission(s3(name, "sqs").sourceArn(BUCKET_ARN).build()).statement();

        JsonNode recordedSecond = answer("add_permission_2", name).path("Statement");
        assertThat(json(statement).toString()).isEqualTo(recordedSecond.toString().replace("<resource:2>",
                "test-bucket"));
        GetPolicyResponse policy = fixture.lambda.getPolicy(r -> r.functionName(name));
        JsonNode recordedPolicy = answer("policy_after_2_add", name).path("Policy");
        assertThat(json(policy.policy()).toString()).isEqualTo(recordedPolicy.toString().replace("<resource:2>",
                "test-bucket"));
        String revisionAfter = fixture.lambda.getFunction(r -> r.functionName(name)).configuration().revisionId();
        assertThat(policy.revisionId()).isEqualTo(revisionAfter).isNotEqualTo(revisionBefore);

        assertRefusal(() -> fixture.lambda.removePermission(r -> r.functionName(name).statementId("non-existent")),
                "remove_permission_exception_nonexisting_sid", name);
        fixture.lambda.removePermission(r -> r.functionName(name).statementId("sqs"));
        assertThat(json(fixture.lambda.getPolicy(r -> r.functionName(name)).policy()).path("Statement")).hasSize(1);
        fixture.lambda.removePermission(r -> r.functionName(name).statementId("s3"));
        assertRefusal(() -> fixture.lambda.getPolicy(r -> r.functionName(name)), "get_policy_fn_doesnotexist", name);
    }

    @Test
    void principalsAndConditionsTakeAwsShapes() {
        String name = functionWithVersions(fixture, "fields", 1);
        String account = fixture.lambda.addPermission(r -> r.functionName(name).statementId("account-id")
                .action("lambda:InvokeFunction").principal("000000000000")).statement();
        assertThat(json(account).path("Principal").path("AWS").asText()).isEqualTo("arn:aws:iam::000000000000:root");

        String optional = fixture.lambda.addPermission(r -> r.functionName(name).statementId("urlPermission")
                .action("lambda:InvokeFunctionUrl").principal("*").sourceArn(BUCKET_ARN)
                .sourceAccount("000000000000").principalOrgID("o-1234567890")
                .functionUrlAuthType(FunctionUrlAuthType.NONE)).statement();
        JsonNode recorded = answer("add_permission_optional_fields", name).path("Statement");
        assertThat(json(optional).toString()).isEqualTo(recorded.toString().replace("<resource:3>", "test-bucket"));
    }

    @Test
    void versionsAndAliasesHaveTheirOwnPolicies() {
        String name = functionWithVersions(fixture, "qualified", 1);
        fixture.lambda.addPermission(s3(name, "s3").build());
        assertRefusal(() -> fixture.lambda.getPolicy(r -> r.functionName(name).qualifier("1")),
                "get_policy_fn_doesnotexist", name);
        fixture.lambda.addPermission(s3(name + ":1", "s3").qualifier("1").build());
        assertThat(json(fixture.lambda.getPolicy(r -> r.functionName(name).qualifier("1")).policy())
                .path("Statement").get(0).path("Resource").asText()).endsWith(name + ":1");

        String aliasRevision = fixture.lambda.createAlias(r -> r.functionName(name).name("permission-alias")
                .functionVersion("1")).revisionId();
        assertRefusal(() -> fixture.lambda.addPermission(s3(name, "s3").qualifier("permission-alias")
                .revisionId("wrong").build()), "add_permission_alias_revision_exception", name);
        fixture.lambda.addPermission(s3(name, "s3").qualifier("permission-alias").revisionId(aliasRevision).build());
        GetPolicyResponse onAlias = fixture.lambda.getPolicy(r -> r.functionName(name).qualifier("permission-alias"));
        assertThat(onAlias.revisionId()).isEqualTo(fixture.lambda.getAlias(r -> r.functionName(name)
                .name("permission-alias")).revisionId()).isNotEqualTo(aliasRevision);
    }

    @Test
    void refusalsAnswerAsRecordedOnAws() {
        String name = functionWithVersions(fixture, "refusals", 1);
        assertRefusal(() -> fixture.lambda.addPermission(s3(name, "s3").statementId("example.com").build()),
                "add_permission_invalid_statement_id", name);
        assertRefusal(() -> fixture.lambda.addPermission(s3(name + ":$LATEST", "s3").qualifier("$LATEST").build()),
                "add_permission_fn_qualifier_latest", name);
        assertRefusal(() -> fixture.lambda.addPermission(s3(name, "lambda").principal("invalid.nonaws.com")
                .sourceAccount("000000000000").build()), "add_permission_principal_invalid", name);
        assertRefusal(() -> fixture.lambda.addPermission(s3("doesnotexist", "s3").sourceArn(BUCKET_ARN).build()),
                "add_permission_fn_doesnotexist", name);
        assertRefusal(() -> fixture.lambda.removePermission(r -> r.functionName(name).statementId("s3")),
                "remove_permission_policy_doesnotexist", name);
        assertRefusal(() -> fixture.lambda.addPermission(s3(name + ":alias-doesnotexist", "s3").build()),
                "add_permission_fn_alias_doesnotexist", name);
        assertRefusal(() -> fixture.lambda.addPermission(s3(name, "s3").qualifier("42").build()),
                "add_permission_fn_version_doesnotexist", name);
        fixture.lambda.addPermission(s3(name, "s3").build());
        assertRefusal(() -> fixture.lambda.addPermission(s3(name, "s3").build()),
                "add_permission_conflicting_statement_id", name);
        assertRefusal(() -> fixture.lambda.removePermission(r -> r.functionName("doesnotexist").statementId("s3")),
                "remove_permission_fn_doesnotexist", name);
    }
}
