package dev.lambdadesk.ui.functions.create;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.ui.functions.FunctionsFixture;

/** Managed instances, durable execution, tenancy and PublishTo have fields of their own, checked as typed. */
class AdvancedSectionTest {

    private static final String PROVIDER = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet-1";

    @TempDir
    Path temp;

    private CreateFunctionViewModel offlineForm() {
        return new CreateFunctionViewModel(new FunctionsFixture(new Session(), temp, false).context);
    }

    @Test
    void theFieldsWriteTheRequestMembersAsTheApiNamesThem() throws Exception {
        CreateFunctionViewModel form = offlineForm();
        TestForms.fillValid(form, "orders", TestForms.zip(temp));
        AdvancedSection advanced = form.advanced();
        advanced.capacityProviderProperty().set(PROVIDER);
        advanced.maxConcurrencyProperty().set("64");
        advanced.memoryPerVcpuProperty().set("4.0");
        advanced.durableRetentionProperty().set("30");
        advanced.durableTimeoutProperty().set("86400");
        advanced.tenantIsolationProperty().set(true);
        advanced.publishToLatestPublishedProperty().set(true);

        ObjectNode request = form.request();
        ObjectNode instances = (ObjectNode) request.path("CapacityProviderConfig")
                .path("LambdaManagedInstancesCapacityProviderConfig");
        assertThat(instances.path("CapacityProviderArn").asText()).isEqualTo(PROVIDER);
        assertThat(instances.path("PerExecutionEnvironmentMaxConcurrency").intValue()).isEqualTo(64);
        assertThat(instances.path("ExecutionEnvironmentMemoryGiBPerVCpu").isNumber()).isTrue();
        assertThat(instances.path("ExecutionEnvironmentMemoryGiBPerVCpu").doubleValue()).isEqualTo(4.0);
        assertThat(request.path("DurableConfig").path("RetentionPeriodInDays").intValue()).isEqualTo(30);
        assertThat(request.path("DurableConfig").path("ExecutionTimeout").intValue()).isEqualTo(86400);
        assertThat(request.path("TenancyConfig").path("TenantIsolationMode").asText()).isEqualTo("PER_TENANT");
        assertThat(request.path("PublishTo").asText()).isEqualTo("LATEST_PUBLISHED");
        assertThat(form.validation().problems()).isEmpty();
        assertThat(form.createDisabledProperty().get()).isFalse();
    }

    @Test
    void outOfRangeValuesAreShownOnTheirOwnFields() throws Exception {
        CreateFunctionViewModel form = offlineForm();
        TestForms.fillValid(form, "orders", TestForms.zip(temp));
        AdvancedSection advanced = form.advanced();
        advanced.capacityProviderProperty().set("not-an-arn");
        advanced.maxConcurrencyProperty().set("5000");
        advanced.memoryPerVcpuProperty().set("9.5");
        advanced.durableRetentionProperty().set("0");

        assertThat(form.validation().problems()).extracting(p -> p.fieldId()).contains("capacity-provider",
                "capacity-max-concurrency", "capacity-memory-per-vcpu", "durable-retention");
        assertThat(form.validation().problems()).filteredOn(p -> p.fieldId().equals("capacity-max-concurrency"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("1600"));
        assertThat(form.createDisabledProperty().get()).isTrue();

        advanced.maxConcurrencyProperty().set("");
        advanced.memoryPerVcpuProperty().set("");
        advanced.durableRetentionProperty().set("");
        advanced.capacityProviderProperty().set(PROVIDER);
        assertThat(form.validation().problems()).isEmpty();
    }

    @Test
    void aMemoryOfMoreThan10GbIsAllowedOnlyOnManagedInstances() throws Exception {
        CreateFunctionViewModel form = offlineForm();
        TestForms.fillValid(form, "orders", TestForms.zip(temp));
        form.settings().memoryProperty().set("16384");
        assertThat(form.validation().problems()).extracting(p -> p.fieldId()).contains("memory-size");

        form.advanced().capacityProviderProperty().set(PROVIDER);

        assertThat(form.validation().problems()).extracting(p -> p.fieldId()).doesNotContain("memory-size");
    }

    @Test
    void anImportedRequestFillsTheFieldsAndComesBackUnchanged() throws Exception {
        CreateFunctionViewModel form = offlineForm();
        ObjectNode cli = (ObjectNode) new ObjectMapper().readTree("""
                {"FunctionName": "orders", "Role": "arn:aws:iam::123456789012:role/lambda-basic-execution",
                 "Runtime": "nodejs22.x", "Handler": "index.handler",
                 "Code": {"S3Bucket": "code-bucket", "S3Key": "orders.zip"},
                 "CapacityProviderConfig": {"LambdaManagedInstancesCapacityProviderConfig": {
                     "CapacityProviderArn": "%s", "PerExecutionEnvironmentMaxConcurrency": 8}},
                 "DurableConfig": {"RetentionPeriodInDays": 7},
                 "TenancyConfig": {"TenantIsolationMode": "PER_TENANT"},
                 "PublishTo": "LATEST_PUBLISHED"}
                """.formatted(PROVIDER));

        form.prefillFrom(cli, "Imported for the test.");

        AdvancedSection advanced = form.advanced();
        assertThat(advanced.capacityProviderProperty().get()).isEqualTo(PROVIDER);
        assertThat(advanced.maxConcurrencyProperty().get()).isEqualTo("8");
        assertThat(advanced.memoryPerVcpuProperty().get()).isEmpty();
        assertThat(advanced.durableRetentionProperty().get()).isEqualTo("7");
        assertThat(advanced.tenantIsolationProperty().get()).isTrue();
        assertThat(advanced.publishToLatestPublishedProperty().get()).isTrue();
        assertThat(form.importFindings()).noneMatch(f -> f.startsWith("Kept as imported"));
        ObjectNode request = form.request();
        assertThat(request.get("CapacityProviderConfig")).hasToString(cli.get("CapacityProviderConfig").toString());
        assertThat(request.get("DurableConfig")).hasToString(cli.get("DurableConfig").toString());
        assertThat(request.get("TenancyConfig")).hasToString(cli.get("TenancyConfig").toString());
        assertThat(request.get("PublishTo")).hasToString(cli.get("PublishTo").toString());
    }

}
