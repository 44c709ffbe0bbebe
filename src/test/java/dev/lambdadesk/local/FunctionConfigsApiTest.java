package dev.lambdadesk.local;

import static dev.lambdadesk.local.ControlPlaneFixture.functionWithVersions;
import static dev.lambdadesk.local.ControlPlaneFixture.unique;
import static dev.lambdadesk.local.RecordedAnswers.assertRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.CreateFunctionUrlConfigResponse;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.lambda.model.GetFunctionUrlConfigResponse;
import software.amazon.awssdk.services.lambda.model.GetProvisionedConcurrencyConfigResponse;
import software.amazon.awssdk.services.lambda.model.InvokeMode;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ProvisionedConcurrencyStatusEnum;
import software.amazon.awssdk.services.lambda.model.PutFunctionEventInvokeConfigResponse;
import software.amazon.awssdk.services.lambda.model.PutProvisionedConcurrencyConfigResponse;

/** Reserved and provisioned concurrency, function URL configs and event invoke configs through the real SDK. */
class FunctionConfigsApiTest {

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

    @Test
    void reservedConcurrencyIsKeptAndReportedByGetFunction() {
        String name = functionWithVersions(fixture, "reserved", 0);
        assertThat(fixture.lambda.putFunctionConcurrency(r -> r.functionName(name).reservedConcurrentExecutions(1))
                .reservedConcurrentExecutions()).isEqualTo(1);
        assertThat(fixture.lambda.getFunctionConcurrency(r -> r.functionName(name)).reservedConcurrentExecutions())
                .isEqualTo(1);
        assertThat(fixture.lambda.getFunction(r -> r.functionName(name)).concurrency().reservedConcurrentExecutions())
                .isEqualTo(1);
        assertThat(fixture.lambda.getAccountSettings().accountLimit().unreservedConcurrentExecutions()).isEqualTo(999);

        fixture.lambda.deleteFunctionConcurrency(r -> r.functionName(name));
        assertThat(fixture.lambda.getFunctionConcurrency(r -> r.functionName(name)).reservedConcurrentExecutions())
                .isNull();
        assertThat(fixture.lambda.getFunction(r -> r.functionName(name)).concurrency()).isNull();

        assertRefusal(() -> fixture.lambda.putFunctionConcurrency(r -> r.functionName("doesnotexist")
                .reservedConcurrentExecutions(1)), "put_function_concurrency_with_function_name_doesnotexist", name);
        assertRefusal(() -> fixture.lambda.putFunctionConcurrency(r -> r.functionName(name + ":$LATEST")
                .reservedConcurrentExecutions(0)), "put_function_concurrency_with_qualified_arn", name);
        LambdaException limit = catchThrowableOfType(LambdaException.class, () -> fixture.lambda
                .putFunctionConcurrency(r -> r.functionName(name).reservedConcurrentExecutions(1000)));
        assertThat(limit.awsErrorDetails().errorMessage()).isEqualTo(RecordedAnswers.answer(
                "put_function_concurrency_below_unreserved_min_value", name).path("Error").path("Message").asText()
                .replace("<min_unreserved_concurrency>", "100"));
    }

    @Test
    void functionUrlConfigLifecycle() {
        String name = functionWithVersions(fixture, "url", 1);
        fixture.lambda.createAlias(r -> r.functionName(name).name("urlalias").functionVersion("1"));
        CreateFunctionUrlConfigResponse created = fixture.lambda.createFunctionUrlConfig(r -> r.functionName(name)
                .authType(FunctionUrlAuthType.NONE).cors(c -> c.allowOrigins("https://example.com")));
        assertThat(created.functionUrl()).matches("https://[a-z0-9]{32}\\.lambda-url\\.us-east-1\\.on\\.aws/");
        assertThat(created.functionArn()).endsWith(":function:" + name);
        assertThat(created.cors().allowOrigins()).containsExactly("https://example.com");
        assertRefusal(() -> fixture.lambda.createFunctionUrlConfig(r -> r.functionName(name)
                .authType(FunctionUrlAuthType.NONE)), "failed_duplication", name);

        fixture.lambda.createFunctionUrlConfig(r -> r.functionName(name).qualifier("urlalias")
                .authType(FunctionUrlAuthType.AWS_IAM));
        GetFunctionUrlConfigResponse got = fixture.lambda.getFunctionUrlConfig(r -> r.functionName(name));
        assertThat(got.invokeMode()).isEqualTo(InvokeMode.BUFFERED);
        assertThat(got.functionUrl()).isEqualTo(created.functionUrl());
        assertThat(fixture.lambda.updateFunctionUrlConfig(r -> r.functionName(name)
                .authType(FunctionUrlAuthType.AWS_IAM)).authType()).isEqualTo(FunctionUrlAuthType.AWS_IAM);
        assertThat(fixture.lambda.listFunctionUrlConfigs(r -> r.functionName(name)).functionUrlConfigs())
                .hasSize(2);

        fixture.lambda.deleteFunctionUrlConfig(r -> r.functionName(name));
        assertRefusal(() -> fixture.lambda.getFunctionUrlConfig(r -> r.functionName(name)), "failed_getter", name);
        assertThat(fixture.lambda.getFunctionUrlConfig(r -> r.functionName(name).qualifier("urlalias")).authType())
                .isEqualTo(FunctionUrlAuthType.AWS_IAM);
        assertRefusal(() -> fixture.lambda.createFunctionUrlConfig(r -> r.functionName("doesnotexist")
                .authType(FunctionUrlAuthType.NONE)), "create_function_url_config_name_doesnotexist", name);
        assertRefusal(() -> fixture.lambda.createFunctionUrlConfig(r -> r.functionName(name).qualifier("1")
                .authType(FunctionUrlAuthType.NONE)), "create_function_url_config_qualifier_version", name);
    }

    @Test
    void eventInvokeConfigsPutUpdateAndList() {
        String name = functionWithVersions(fixture, "events", 1);
        String other = functionWithVersions(fixture, "destination", 0);
        PutFunctionEventInvokeConfigResponse put = fixture.lambda.putFunctionEventInvokeConfig(r -> r
                .functionName(name).maximumRetryAttempts(2).maximumEventAgeInSeconds(60));
        assertThat(put.functionArn()).endsWith(":function:" + name + ":$LATEST");
        assertThat(fixture.lambda.updateFunctionEventInvokeConfig(r -> r.functionName(name).maximumRetryAttempts(0)
                .destinationConfig(d -> d.onSuccess(s -> s.destination(arn(other))))).maximumEventAgeInSeconds())
                .isEqualTo(60);
        assertThat(fixture.lambda.getFunctionEventInvokeConfig(r -> r.functionName(name)).destinationConfig()
                .onSuccess().destination()).isEqualTo(arn(other));
        fixture.lambda.putFunctionEventInvokeConfig(r -> r.functionName(name).qualifier("1").maximumRetryAttempts(1));
        assertThat(fixture.lambda.listFunctionEventInvokeConfigs(r -> r.functionName(name))
                .functionEventInvokeConfigs()).hasSize(2);

        assertRefusal(() -> fixture.lambda.putFunctionEventInvokeConfig(r -> r.functionName("doesnotexist")
                .maximumRetryAttempts(1)), "put_functionname_name_notfound", name);
        assertRefusal(() -> fixture.lambda.putFunctionEventInvokeConfig(r -> r.functionName(name)),
                "put_functionname_nootherargs", name);
        assertRefusal(() -> fixture.lambda.putFunctionEventInvokeConfig(r -> r.functionName(name)
                .destinationConfig(d -> d.onSuccess(s -> s.destination(arn("doesnotexist"))))),
                "put_destination_lambda_doesntexist", name);
        assertRefusal(() -> fixture.lambda.putFunctionEventInvokeConfig(r -> r.functionName(name)
                .destinationConfig(d -> d.onSuccess(s -> s.destination(arn(name))))),
                "put_destination_recursive", name);
        assertRefusal(() -> fixture.lambda.putFunctionEventInvokeConfig(r -> r.functionName(name)
                .destinationConfig(d -> d.onSuccess(s -> s.destination("arn:aws:iam:us-east-1:000000000000:function:"
                        + name)))), "put_destination_invalid_service_arn", name);
        assertRefusal(() -> fixture.lambda.getFunctionEventInvokeConfig(r -> r.functionName(name)
                .qualifier("doesnotexist")), "get_qualifier_doesnotexist", name);
    }

    @Test
    void provisionedConcurrencyIsAcceptedThenReady() {
        String name = functionWithVersions(fixture, "provisioned", 1);
        fixture.lambda.createAlias(r -> r.functionName(name).name("live").functionVersion("1"));
        PutProvisionedConcurrencyConfigResponse put = fixture.lambda.putProvisionedConcurrencyConfig(r -> r
                .functionName(name).qualifier("1").provisionedConcurrentExecutions(1));
        assertThat(put.status()).isEqualTo(ProvisionedConcurrencyStatusEnum.IN_PROGRESS);
        assertThat(put.requestedProvisionedConcurrentExecutions()).isEqualTo(1);
        GetProvisionedConcurrencyConfigResponse got = fixture.lambda.getProvisionedConcurrencyConfig(r -> r
                .functionName(name).qualifier("1"));
        assertThat(got.status()).isEqualTo(ProvisionedConcurrencyStatusEnum.READY);
        assertThat(got.allocatedProvisionedConcurrentExecutions()).isEqualTo(1);
        assertRefusal(() -> fixture.lambda.putProvisionedConcurrencyConfig(r -> r.functionName(name).qualifier("live")
                .provisionedConcurrentExecutions(1)), "put_provisioned_on_alias_versionconflict", name);
        assertThat(fixture.lambda.listProvisionedConcurrencyConfigs(r -> r.functionName(name))
                .provisionedConcurrencyConfigs()).singleElement()
                .satisfies(c -> assertThat(c.functionArn()).endsWith(name + ":1"));

        fixture.lambda.deleteProvisionedConcurrencyConfig(r -> r.functionName(name).qualifier("1"));
        assertRefusal(() -> fixture.lambda.getProvisionedConcurrencyConfig(r -> r.functionName(name).qualifier("1")),
                "get_provisioned_config_doesnotexist", name);
        fixture.lambda.putProvisionedConcurrencyConfig(r -> r.functionName(name).qualifier("live")
                .provisionedConcurrentExecutions(1));
        assertRefusal(() -> fixture.lambda.putProvisionedConcurrencyConfig(r -> r.functionName(name).qualifier("1")
                .provisionedConcurrentExecutions(1)), "put_provisioned_on_version_conflict", name);
        assertRefusal(() -> fixture.lambda.getProvisionedConcurrencyConfig(r -> r.functionName(name)
                .qualifier("$LATEST")), "get_provisioned_latest", name);
        assertRefusal(() -> fixture.lambda.putProvisionedConcurrencyConfig(r -> r.functionName(name)
                .qualifier("$LATEST").provisionedConcurrentExecutions(1)), "put_provisioned_latest", name);
        assertRefusal(() -> fixture.lambda.putProvisionedConcurrencyConfig(r -> r.functionName(name)
                .qualifier("doesnotexist").provisionedConcurrentExecutions(1)),
                "put_provisioned_qualifier_doesnotexist", name);
        assertRefusal(() -> fixture.lambda.putProvisionedConcurrencyConfig(r -> r.functionName(name).qualifier("10")
                .provisionedConcurrentExecutions(1)), "put_provisioned_version_doesnotexist", name);
        assertRefusal(() -> fixture.lambda.putProvisionedConcurrencyConfig(r -> r.functionName(name).qualifier("1")
                .provisionedConcurrentExecutions(0)), "put_provisioned_invalid_param_0", name);
    }

    @Test
    void deletingAFunctionRemovesWhatIsKeptBesideIt() {
        String name = functionWithVersions(fixture, "cascade", 1);
        fixture.lambda.createAlias(r -> r.functionName(name).name("live").functionVersion("1"));
        fixture.lambda.putFunctionConcurrency(r -> r.functionName(name).reservedConcurrentExecutions(5));
        fixture.lambda.addPermission(r -> r.functionName(name).statementId("s3").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com"));
        fixture.lambda.createFunctionUrlConfig(r -> r.functionName(name).qualifier("live")
                .authType(FunctionUrlAuthType.NONE));
        fixture.lambda.putFunctionEventInvokeConfig(r -> r.functionName(name).maximumRetryAttempts(1));
        fixture.lambda.deleteFunction(r -> r.functionName(name));

        fixture.lambda.createFunction(LocalEndpointFixture.function(name).build());
        fixture.lambda.publishVersion(r -> r.functionName(name));
        assertThat(fixture.lambda.listAliases(r -> r.functionName(name)).aliases()).isEmpty();
        assertThat(fixture.lambda.getFunctionConcurrency(r -> r.functionName(name)).reservedConcurrentExecutions())
                .isNull();
        assertThat(fixture.lambda.listFunctionUrlConfigs(r -> r.functionName(name)).functionUrlConfigs()).isEmpty();
        assertThat(fixture.lambda.listFunctionEventInvokeConfigs(r -> r.functionName(name))
                .functionEventInvokeConfigs()).isEmpty();
        assertRefusal(() -> fixture.lambda.getPolicy(r -> r.functionName(name)), "get_policy_fn_doesnotexist", name);
    }

    @Test
    void operationsTheEndpointDoesNotOfferAnswerAClean400() {
        String name = functionWithVersions(fixture, "invoke", 0);
        LambdaException refusal = catchThrowableOfType(LambdaException.class, () -> fixture.lambda.invoke(r -> r
                .functionName(name).payload(SdkBytes.fromUtf8String("{}"))));
        assertThat(refusal.statusCode()).isEqualTo(400);
        assertThat(refusal.awsErrorDetails().errorCode()).isEqualTo("UnsupportedOperationException");
        assertThat(refusal.awsErrorDetails().errorMessage()).contains("does not offer the Lambda operation Invoke");
        LambdaException mappings = catchThrowableOfType(LambdaException.class,
                () -> fixture.lambda.listEventSourceMappings(r -> r.functionName(unique("f"))));
        assertThat(mappings.statusCode()).isEqualTo(400);
        assertThat(mappings.awsErrorDetails().errorMessage()).contains("ListEventSourceMappings");
    }

    @Test
    void controlPlaneRecordsSurviveARestart(@TempDir Path ownDir) throws IOException {
        String name;
        try (LocalEndpointFixture first = LocalEndpointFixture.start(ownDir)) {
            name = functionWithVersions(first, "durable", 1);
            first.lambda.createAlias(r -> r.functionName(name).name("live").functionVersion("1"));
            first.lambda.putFunctionConcurrency(r -> r.functionName(name).reservedConcurrentExecutions(3));
            first.lambda.addPermission(r -> r.functionName(name).statementId("s3").action("lambda:InvokeFunction")
                    .principal("s3.amazonaws.com"));
            first.lambda.putProvisionedConcurrencyConfig(r -> r.functionName(name).qualifier("live")
                    .provisionedConcurrentExecutions(2));
        }
        try (LocalEndpointFixture second = LocalEndpointFixture.start(ownDir)) {
            assertThat(second.lambda.getAlias(r -> r.functionName(name).name("live")).functionVersion())
                    .isEqualTo("1");
            assertThat(second.lambda.getFunctionConcurrency(r -> r.functionName(name))
                    .reservedConcurrentExecutions()).isEqualTo(3);
            assertThat(second.lambda.getPolicy(r -> r.functionName(name)).policy()).contains("\"Sid\":\"s3\"");
            assertThat(second.lambda.getProvisionedConcurrencyConfig(r -> r.functionName(name).qualifier("live"))
                    .requestedProvisionedConcurrentExecutions()).isEqualTo(2);
        }
    }

    private static String arn(String function) {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + function;
    }
}
