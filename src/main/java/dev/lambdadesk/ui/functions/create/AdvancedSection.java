package dev.lambdadesk.ui.functions.create;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.ui.common.FormValidation;

/**
 * The newest CreateFunction options: running on Lambda Managed Instances (a capacity provider), durable execution,
 * tenant isolation, and publishing to $LATEST.PUBLISHED.
 */
public final class AdvancedSection extends FormSection {

    static final String CAPACITY = "CapacityProviderConfig";
    static final String MANAGED_INSTANCES = "LambdaManagedInstancesCapacityProviderConfig";
    private static final String CAPACITY_PATH = CAPACITY + "." + MANAGED_INSTANCES + ".";
    private static final String PER_TENANT = "PER_TENANT";
    private static final String LATEST_PUBLISHED = "LATEST_PUBLISHED";

    private final StringProperty capacityProvider = input("capacity-provider",
            new SimpleStringProperty(this, "capacityProvider", ""));
    private final StringProperty maxConcurrency = input("capacity-max-concurrency",
            new SimpleStringProperty(this, "maxConcurrency", ""));
    private final StringProperty memoryPerVcpu = input("capacity-memory-per-vcpu",
            new SimpleStringProperty(this, "memoryPerVcpu", ""));
    private final StringProperty durableRetention = input("durable-retention",
            new SimpleStringProperty(this, "durableRetention", ""));
    private final StringProperty durableTimeout = input("durable-timeout",
            new SimpleStringProperty(this, "durableTimeout", ""));
    private final BooleanProperty tenantIsolation = input("tenant-isolation",
            new SimpleBooleanProperty(this, "tenantIsolation", false));
    private final BooleanProperty publishToLatestPublished = input("publish-to",
            new SimpleBooleanProperty(this, "publishToLatestPublished", false));

    @Override
    void registerFields(FormValidation validation) {
        validation.field("capacity-provider", CAPACITY_PATH + "CapacityProviderArn", CAPACITY,
                CAPACITY + "." + MANAGED_INSTANCES);
        validation.field("capacity-max-concurrency", CAPACITY_PATH + "PerExecutionEnvironmentMaxConcurrency");
        validation.field("capacity-memory-per-vcpu", CAPACITY_PATH + "ExecutionEnvironmentMemoryGiBPerVCpu");
        validation.field("durable-retention", "DurableConfig.RetentionPeriodInDays", "DurableConfig");
        validation.field("durable-timeout", "DurableConfig.ExecutionTimeout");
        validation.field("tenant-isolation", "TenancyConfig.TenantIsolationMode", "TenancyConfig");
        validation.field("publish-to", "PublishTo");
    }

    @Override
    void writeTo(ObjectNode request) {
        if (!capacityProvider.get().isBlank() || !maxConcurrency.get().isBlank() || !memoryPerVcpu.get().isBlank()) {
            ObjectNode instances = request.putObject(CAPACITY).putObject(MANAGED_INSTANCES);
            JsonFields.text(instances, "CapacityProviderArn", capacityProvider.get().trim());
            JsonFields.number(instances, "PerExecutionEnvironmentMaxConcurrency", maxConcurrency.get());
            JsonFields.decimal(instances, "ExecutionEnvironmentMemoryGiBPerVCpu", memoryPerVcpu.get());
        }
        if (!durableRetention.get().isBlank() || !durableTimeout.get().isBlank()) {
            ObjectNode durable = request.putObject("DurableConfig");
            JsonFields.number(durable, "RetentionPeriodInDays", durableRetention.get());
            JsonFields.number(durable, "ExecutionTimeout", durableTimeout.get());
        }
        if (tenantIsolation.get()) {
            request.putObject("TenancyConfig").put("TenantIsolationMode", PER_TENANT);
        }
        if (publishToLatestPublished.get()) {
            request.put("PublishTo", LATEST_PUBLISHED);
        }
    }

    @Override
    void readFrom(ObjectNode request) {
        ObjectNode capacity = JsonFields.takeObject(request, CAPACITY);
        ObjectNode instances = JsonFields.takeObject(capacity, MANAGED_INSTANCES);
        capacityProvider.set(JsonFields.take(instances, "CapacityProviderArn"));
        maxConcurrency.set(JsonFields.take(instances, "PerExecutionEnvironmentMaxConcurrency"));
        memoryPerVcpu.set(JsonFields.take(instances, "ExecutionEnvironmentMemoryGiBPerVCpu"));
        JsonFields.putBack(capacity, MANAGED_INSTANCES, instances);
        JsonFields.putBack(request, CAPACITY, capacity);

        ObjectNode durable = JsonFields.takeObject(request, "DurableConfig");
        durableRetention.set(JsonFields.take(durable, "RetentionPeriodInDays"));
        durableTimeout.set(JsonFields.take(durable, "ExecutionTimeout"));
        JsonFields.putBack(request, "DurableConfig", durable);

        ObjectNode tenancy = JsonFields.takeObject(request, "TenancyConfig");
        String mode = JsonFields.take(tenancy, "TenantIsolationMode");
        tenantIsolation.set(PER_TENANT.equals(mode));
        if (!mode.isEmpty() && !PER_TENANT.equals(mode)) {
            tenancy.put("TenantIsolationMode", mode); // carried, so the rules report the unknown mode
        }
        JsonFields.putBack(request, "TenancyConfig", tenancy);

        JsonNode publishTo = request.remove("PublishTo");
        publishToLatestPublished.set(publishTo != null && LATEST_PUBLISHED.equals(publishTo.asText()));
        if (publishTo != null && !publishToLatestPublished.get()) {
            request.set("PublishTo", publishTo);
        }
    }

    @Override
    void reset() {
        capacityProvider.set("");
        maxConcurrency.set("");
        memoryPerVcpu.set("");
        durableRetention.set("");
        durableTimeout.set("");
        tenantIsolation.set(false);
        publishToLatestPublished.set(false);
    }

    public StringProperty capacityProviderProperty() {
        return capacityProvider;
    }

    public StringProperty maxConcurrencyProperty() {
        return maxConcurrency;
    }

    public StringProperty memoryPerVcpuProperty() {
        return memoryPerVcpu;
    }

    public StringProperty durableRetentionProperty() {
        return durableRetention;
    }

    public StringProperty durableTimeoutProperty() {
        return durableTimeout;
    }

    public BooleanProperty tenantIsolationProperty() {
        return tenantIsolation;
    }

    public BooleanProperty publishToLatestPublishedProperty() {
        return publishToLatestPublished;
    }
}
