package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.CodeSigningPolicy;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;

/** State survives a restart on the same data dir; concurrent creates never duplicate a function. */
class EndpointDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void everythingIsStillThereAfterARestart() throws Exception {
        byte[] zip = TestZips.handler("'kept'");
        String csc;
        String revision;
        EndpointCredentials credentials;
        try (LocalEndpointFixture fixture = LocalEndpointFixture.start(dataDir)) {
            credentials = fixture.endpoint.credentials();
            csc = fixture.lambda.createCodeSigningConfig(r -> r.allowedPublishers(p -> p.signingProfileVersionArns(
                    "arn:aws:signer:us-east-1:000000000000:/signing-profiles/p/abcdefghij"))
                    .codeSigningPolicies(p -> p.untrustedArtifactOnDeployment(CodeSigningPolicy.WARN)))
                    .codeSigningConfig().codeSigningConfigArn();
            fixture.iam.createRole(r -> r.roleName("kept-role").assumeRolePolicyDocument("{\"Statement\":[{\"Effect\":"
                    + "\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
            fixture.lambda.createFunction(LocalEndpointFixture.function("kept").tags(Map.of("k", "v"))
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(zip))).codeSigningConfigArn(csc).build());
            fixture.lambda.publishVersion(r -> r.functionName("kept"));
            revision = fixture.lambda.updateFunctionConfiguration(r -> r.functionName("kept").memorySize(640))
                    .revisionId();
        }

        try (LocalEndpointFixture fixture = LocalEndpointFixture.start(dataDir)) {
            assertThat(fixture.endpoint.credentials()).isEqualTo(credentials);
            GetFunctionResponse kept = fixture.lambda.getFunction(r -> r.functionName("kept"));
            assertThat(kept.configuration().memorySize()).isEqualTo(640);
            assertThat(kept.configuration().revisionId()).isEqualTo(revision);
            assertThat(kept.tags()).containsEntry("k", "v");
            assertThat(new SignedHttp(fixture.endpoint).get(URI.create(kept.code().location())).body())
                    .isEqualTo(zip);
            assertThat(fixture.lambda.listVersionsByFunction(r -> r.functionName("kept")).versions())
                    .extracting(FunctionConfiguration::version).containsExactly("$LATEST", "1");
            assertThat(fixture.lambda.getFunctionCodeSigningConfig(r -> r.functionName("kept"))
                    .codeSigningConfigArn()).isEqualTo(csc);
            assertThat(fixture.lambda.getCodeSigningConfig(r -> r.codeSigningConfigArn(csc)).codeSigningConfig()
                    .codeSigningPolicies().untrustedArtifactOnDeployment()).isEqualTo(CodeSigningPolicy.WARN);
            assertThat(fixture.iam.getRole(r -> r.roleName("kept-role")).role().roleName()).isEqualTo("kept-role");
            assertThat(fixture.iam.listRoles().roles()).hasSize(2);
        }
    }

    @Test
    void fiftyParallelCreatesOfOneNameMakeExactlyOneFunction() throws Exception {
        try (LocalEndpointFixture fixture = LocalEndpointFixture.start(dataDir);
             ExecutorService pool = Executors.newFixedThreadPool(50)) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        return fixture.lambda.createFunction(LocalEndpointFixture.function("contended")
                                .description("caller " + n).build()).sdkHttpResponse().statusCode();
                    } catch (ResourceConflictException e) {
                        return e.statusCode();
                    }
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }

            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(49);
            assertThat(fixture.lambda.listFunctions().functions()).extracting(FunctionConfiguration::functionName)
                    .containsExactly("contended");
        }
    }
}
