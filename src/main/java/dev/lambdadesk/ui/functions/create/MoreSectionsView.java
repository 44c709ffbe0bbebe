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
        form.text(networking.subnets, "subnet-0abc…, subnet-0def… (commas or spaces between)");
        form.text(networking.securityGroups, "sg-0abc…");
        form.check(networking.ipv6, "Allow IPv6 traffic for dual-stack subnets");
        return form.grid();
    }

    static Node fileSystem(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        FileSystemSection fileSystem = viewModel.fileSystem();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        form.text(fileSystem.accessPointArn, "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-…");
        form.text(fileSystem.mountPath, "/mnt/data");
        return form.grid();
    }

    static Node delivery(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        DeliverySection delivery = viewModel.delivery();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        form.text(delivery.deadLetterTarget, "An SQS queue or SNS topic ARN for failed async events");
        TextField kms = form.text(delivery.kmsKey, "Optional: a customer managed key for environment variables");
        kms.setAccessibleText("KMS key ARN");
        return form.grid();
    }

    static Node publish(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        form.check(viewModel.publish().publish, "Publish version 1 when the function is created");
        return form.grid();
    }

    static Node advanced(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        AdvancedSection advanced = viewModel.advanced();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        form.text(advanced.capacityProvider, "Optional: arn:aws:lambda:…:capacity-provider:NAME");
        form.text(advanced.maxConcurrency, "Optional: 1–1600 requests at once");
        form.text(advanced.memoryPerVcpu, "Optional: 2.0–8.0");
        form.text(advanced.durableRetention, "Optional: 1–90 days");
        form.text(advanced.durableTimeout, "Optional: 1–31622400 (a year)");
        form.check(advanced.tenantIsolation, "Isolate execution environments per tenant");
        form.check(advanced.publishToLatestPublished, "Publish to $LATEST.PUBLISHED");
        return form.grid();
    }
}
