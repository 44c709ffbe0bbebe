package dev.lambdadesk.ui.functions.create;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;

/**
 * The newest CreateFunction options: running on Lambda Managed Instances (a capacity provider), durable execution,
 * tenant isolation, and publishing to $LATEST.PUBLISHED.
 */
public final class AdvancedSection extends FormSection {

    static final String CAPACITY = "CapacityProviderConfig";
    static final String MANAGED_INSTANCES = "LambdaManagedInstancesCapacityProviderConfig";
    private static final String INSTANCES = CAPACITY + "." + MANAGED_INSTANCES;
    private static final String DURABLE = "DurableConfig";
    private static final String TENANCY = "TenancyConfig";

    final FormField<String> capacityProvider = field(FormField.of("capacity-provider",
            INSTANCES + ".CapacityProviderArn", "Capacity provider", text(""), FieldCodec.trimmed())
            .alsoClaims(CAPACITY, INSTANCES));
    final FormField<String> maxConcurrency = field(FormField.of("capacity-max-concurrency",
            INSTANCES + ".PerExecutionEnvironmentMaxConcurrency", "Concurrency per environment",
            text(""), FieldCodec.number()));
    final FormField<String> memoryPerVcpu = field(FormField.of("capacity-memory-per-vcpu",
            INSTANCES + ".ExecutionEnvironmentMemoryGiBPerVCpu", "Memory per vCPU (GiB)", text(""),
            FieldCodec.decimal()));
    final FormField<String> durableRetention = field(FormField.of("durable-retention",
            DURABLE + ".RetentionPeriodInDays", "Durable: keep history (days)", text(""),
            FieldCodec.number()).alsoClaims(DURABLE));
    final FormField<String> durableTimeout = field(FormField.of("durable-timeout", DURABLE + ".ExecutionTimeout",
            "Durable: execution timeout (s)", text(""), FieldCodec.number()));
    final FormField<Boolean> tenantIsolation = field(FormField.of("tenant-isolation",
            TENANCY + ".TenantIsolationMode", "Tenancy", flag(false),
            FieldCodec.constant("PER_TENANT")).alsoClaims(TENANCY));
    final FormField<Boolean> publishToLatestPublished = field(FormField.of("publish-to", "PublishTo", "Publish to",
            flag(false),
            FieldCodec.constant("LATEST_PUBLISHED")));

    public StringProperty capacityProviderProperty() {
        return textOf(capacityProvider);
    }

    public StringProperty maxConcurrencyProperty() {
        return textOf(maxConcurrency);
    }

    public StringProperty memoryPerVcpuProperty() {
        return textOf(memoryPerVcpu);
    }

    public StringProperty durableRetentionProperty() {
        return textOf(durableRetention);
    }

    public StringProperty durableTimeoutProperty() {
        return textOf(durableTimeout);
    }

    public BooleanProperty tenantIsolationProperty() {
        return flagOf(tenantIsolation);
    }

    public BooleanProperty publishToLatestPublishedProperty() {
        return flagOf(publishToLatestPublished);
    }
}
