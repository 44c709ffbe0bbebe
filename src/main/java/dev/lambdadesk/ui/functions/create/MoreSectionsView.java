package dev.lambdadesk.ui.functions.create;

import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.TextField;

/** The smaller sections: networking, file system, dead-letter and KMS, publishing, the newest options. */
final class MoreSectionsView {

    private MoreSectionsView() {
    }

    static Node networking(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        NetworkingSection networking = viewModel.networking();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        form.text("subnets", "Subnets", "VpcConfig.SubnetIds", networking.subnetsProperty(),
                "subnet-0abc…, subnet-0def… (commas or spaces between)");
        form.text("security-groups", "Security groups", "VpcConfig.SecurityGroupIds",
                networking.securityGroupsProperty(), "sg-0abc…");
        form.check("ipv6-dual-stack", "IPv6", "VpcConfig.Ipv6AllowedForDualStack",
                "Allow IPv6 traffic for dual-stack subnets", networking.ipv6Property());
        return form.grid();
    }

    static Node fileSystem(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        FileSystemSection fileSystem = viewModel.fileSystem();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        form.text("file-system-arn", "EFS access point", "FileSystemConfigs[0].Arn",
                fileSystem.accessPointArnProperty(),
                "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-…");
        form.text("mount-path", "Local mount path", "FileSystemConfigs[0].LocalMountPath",
                fileSystem.mountPathProperty(), "/mnt/data");
        return form.grid();
    }

    static Node delivery(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        DeliverySection delivery = viewModel.delivery();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        form.text("dead-letter-target", "Dead-letter target", "DeadLetterConfig.TargetArn",
                delivery.deadLetterTargetProperty(), "An SQS queue or SNS topic ARN for failed async events");
        TextField kms = form.text("kms-key", "KMS key", "KMSKeyArn", delivery.kmsKeyProperty(),
                "Optional: a customer managed key for environment variables");
        kms.setAccessibleText("KMS key ARN");
        return form.grid();
    }

    static Node publish(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        form.check("publish", "Publish", "Publish", "Publish version 1 when the function is created",
                viewModel.publish().publishProperty());
        return form.grid();
    }

    static Node advanced(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        AdvancedSection advanced = viewModel.advanced();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        String instances = AdvancedSection.CAPACITY + "." + AdvancedSection.MANAGED_INSTANCES + ".";
        form.text("capacity-provider", "Capacity provider", instances + "CapacityProviderArn",
                advanced.capacityProviderProperty(),
                "Optional: arn:aws:lambda:…:capacity-provider:NAME");
        form.text("capacity-max-concurrency", "Concurrency per environment",
                instances + "PerExecutionEnvironmentMaxConcurrency", advanced.maxConcurrencyProperty(),
                "Optional: 1–1600 requests at once");
        form.text("capacity-memory-per-vcpu", "Memory per vCPU (GiB)",
                instances + "ExecutionEnvironmentMemoryGiBPerVCpu", advanced.memoryPerVcpuProperty(),
                "Optional: 2.0–8.0");
        form.text("durable-retention", "Durable: keep history (days)", "DurableConfig.RetentionPeriodInDays",
                advanced.durableRetentionProperty(), "Optional: 1–90 days");
        form.text("durable-timeout", "Durable: execution timeout (s)", "DurableConfig.ExecutionTimeout",
                advanced.durableTimeoutProperty(), "Optional: 1–31622400 (a year)");
        form.check("tenant-isolation", "Tenancy", "TenancyConfig.TenantIsolationMode",
                "Isolate execution environments per tenant", advanced.tenantIsolationProperty());
        form.check("publish-to", "Publish to", "PublishTo",
                "Publish to $LATEST.PUBLISHED", advanced.publishToLatestPublishedProperty());
        return form.grid();
    }
}
