package dev.lambdadesk.local;

import static dev.lambdadesk.local.AwsLayerAnswers.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.AddLayerVersionPermissionResponse;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionPolicyResponse;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** A layer version's resource policy: statements as AWS writes them, revisions, and AWS's refusals. */
class LayerPermissionsTest {

    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:layer:shared:1";

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;
    static LambdaClient lambda;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
        lambda = fixture.lambda;
        lambda.publishLayerVersion(r -> r.layerName("shared").content(c -> c.zipFile(TestZips.hello()))
                .compatibleRuntimes(Runtime.PYTHON3_12).compatibleArchitectures(Architecture.X86_64));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void statementsAreAddedAndRemovedUnderRevisions() throws Exception {
        assertRefused(() -> lambda.getLayerVersionPolicy(r -> r.layerName("shared").versionNumber(1L)), "noPolicy");

        AddLayerVersionPermissionResponse s1 = add("s1", "*", null);
        assertThat(AwsLayerAnswers.JSON.readTree(s1.statement()).toString()).isEqualTo("{\"Sid\":\"s1\",\"Effect\":"
                + "\"Allow\",\"Principal\":\"*\",\"Action\":\"lambda:GetLayerVersion\",\"Resource\":\"" + ARN + "\"}");
        GetLayerVersionPolicyResponse afterOne = policy();
        assertThat(afterOne.revisionId()).isEqualTo(s1.revisionId());

        AddLayerVersionPermissionResponse s2 = add("s2", "*", afterOne.revisionId());
        JsonNode recorded = AwsLayerAnswers.JSON.readTree(AwsLayerAnswers.fill(
                AwsLayerAnswers.answer("policyAfterTwoStatements").toString(), "resource:1", "shared"));
        assertThat(AwsLayerAnswers.JSON.readTree(policy().policy())).isEqualTo(recorded);
        assertThat(policy().policy()).startsWith("{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[");

        assertRefused(() -> add("s1", "*", null), "duplicateStatement");
        assertRefused(() -> add("s3", "*", "wrong"), "wrongRevision");
        assertRefused(() -> lambda.removeLayerVersionPermission(r -> r.layerName("shared").versionNumber(1L)
                .statementId("s2").revisionId("wrong")), "wrongRevision");
        lambda.removeLayerVersionPermission(r -> r.layerName("shared").versionNumber(1L).statementId("s2")
                .revisionId(s2.revisionId()));
        assertThat(policy().revisionId()).isNotIn(s1.revisionId(), s2.revisionId());
        assertThat(AwsLayerAnswers.JSON.readTree(policy().policy()).get("Statement")).hasSize(1);
        assertRefused(() -> lambda.removeLayerVersionPermission(r -> r.layerName("shared").versionNumber(1L)
                .statementId("doesnotexist")), "statementMissing");
    }

    @Test
    void anAccountOrOrganizationIsWrittenAsAwsWritesIt() throws Exception {
        lambda.publishLayerVersion(r -> r.layerName("shared-org").content(c -> c.zipFile(TestZips.hello())));
        JsonNode account = AwsLayerAnswers.JSON.readTree(lambda.addLayerVersionPermission(r -> r
                .layerName("shared-org").versionNumber(1L).statementId("xaccount").action("lambda:GetLayerVersion")
                .principal("210987654321")).statement());
        JsonNode org = AwsLayerAnswers.JSON.readTree(lambda.addLayerVersionPermission(r -> r
                .layerName("shared-org").versionNumber(1L).statementId("engineering-org")
                .action("lambda:GetLayerVersion").principal("*").organizationId("o-t194hfs8cz")).statement());

        assertThat(account.get("Principal").toString()).isEqualTo("{\"AWS\":\"arn:aws:iam::210987654321:root\"}");
        assertThat(org.get("Condition").toString())
                .isEqualTo("{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-t194hfs8cz\"}}");
    }

    @Test
    void badPermissionRequestsGetAwsAnswers() {
        assertRefused(() -> lambda.addLayerVersionPermission(r -> r.layerName("shared").versionNumber(1L)
                .statementId("s-any").action("*").principal("*")), "actionNotAllowed");
        assertRefused(() -> lambda.addLayerVersionPermission(r -> r.layerName("shared").versionNumber(2L)
                .statementId("s-any").action("lambda:GetLayerVersion").principal("*")),
                "permissionOnMissingVersion", "resource:1", "shared");
        assertRefused(() -> lambda.getLayerVersionPolicy(r -> r.layerName("shared").versionNumber(2L)),
                "permissionOnMissingVersion", "resource:1", "shared");
        assertRefused(() -> lambda.removeLayerVersionPermission(r -> r.layerName("shared").versionNumber(2L)
                .statementId("s1")), "permissionOnMissingVersion", "resource:1", "shared");
    }

    private static AddLayerVersionPermissionResponse add(String sid, String principal, String revision) {
        return lambda.addLayerVersionPermission(r -> r.layerName("shared").versionNumber(1L).statementId(sid)
                .action("lambda:GetLayerVersion").principal(principal).revisionId(revision));
    }

    private static GetLayerVersionPolicyResponse policy() {
        return lambda.getLayerVersionPolicy(r -> r.layerName("shared").versionNumber(1L));
    }
}
