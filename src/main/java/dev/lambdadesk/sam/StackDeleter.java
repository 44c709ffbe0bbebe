package dev.lambdadesk.sam;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import dev.lambdadesk.aws.StackGateway;
import dev.lambdadesk.core.FunctionDetails;

/**
 * Deletes what a deployment recorded under a stack name, found by its tags: the functions, the execution roles made
 * for them, then the code signing configs. Layer versions are kept, as SAM keeps them (RetentionPolicy Retain).
 */
public final class StackDeleter {

    private final StackGateway stack;
    private final SamProgress progress;
    private final Consumer<Deployed> onDeleted;

    public StackDeleter(StackGateway stack, SamProgress progress, Consumer<Deployed> onDeleted) {
        this.stack = stack;
        this.progress = progress;
        this.onDeleted = onDeleted;
    }

    /** Deletes the stack's resources; an empty list when the stack holds nothing. */
    public List<Deployed> delete(String stackName) throws SamException, InterruptedException {
        List<Deployed> done = new ArrayList<>();
        List<StackGateway.Tagged> functions = Deployer.call("", "", () -> stack.functionsTagged(Deployer.STACK_TAG,
                stackName));
        Set<String> roleNames = new LinkedHashSet<>();
        Set<String> layers = new LinkedHashSet<>();
        for (StackGateway.Tagged f : functions) {
            String id = f.tags().getOrDefault(Deployer.LOGICAL_ID_TAG, f.name());
            String functionType = f.tags().getOrDefault(Deployer.TYPE_TAG, "AWS::Lambda::Function");
            Optional<FunctionDetails> details = Deployer.call(id, functionType, () -> stack.function(f.name()));
            details.ifPresent(d -> {
                String role = d.configuration().path("Role").asText();
                roleNames.add(role.substring(role.lastIndexOf('/') + 1));
                d.configuration().path("Layers").forEach(l -> layers.add(l.path("Arn").asText()));
            });
            progress.step(id, "deleting function " + f.name());
            Deployer.run(id, functionType, () -> stack.deleteFunction(f.name()));
            done.add(report(new Deployed(id, functionType, f.arn(), Deployed.Outcome.DELETED)));
        }
        for (String roleName : roleNames) {
            Optional<StackGateway.Tagged> role = Deployer.call("", "", () -> stack.role(roleName));
            if (role.isPresent() && stackName.equals(role.get().tags().get(Deployer.STACK_TAG))) {
                String id = role.get().tags().getOrDefault(Deployer.LOGICAL_ID_TAG, roleName);
                Deployer.run(id, "AWS::IAM::Role", () -> stack.deleteRole(roleName));
                done.add(report(new Deployed(id, "AWS::IAM::Role", role.get().arn(), Deployed.Outcome.DELETED)));
            }
        }
        for (StackGateway.Tagged c : Deployer.call("", "", () -> stack.codeSigningConfigsTagged(Deployer.STACK_TAG,
                stackName))) {
            String id = c.tags().getOrDefault(Deployer.LOGICAL_ID_TAG, c.arn());
            Deployer.run(id, ResourceType.CODE_SIGNING_CONFIG.cloudFormationName(),
                    () -> stack.deleteCodeSigningConfig(c.arn()));
            done.add(report(new Deployed(id, ResourceType.CODE_SIGNING_CONFIG.cloudFormationName(), c.arn(),
                    Deployed.Outcome.DELETED)));
        }
        for (String layer : layers) {
            done.add(report(new Deployed(layer.split(":")[6], "AWS::Lambda::LayerVersion", layer,
                    Deployed.Outcome.KEPT)));
        }
        return done;
    }

    private Deployed report(Deployed deployed) {
        onDeleted.accept(deployed);
        return deployed;
    }
}
