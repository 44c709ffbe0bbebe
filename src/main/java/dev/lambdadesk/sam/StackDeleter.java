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
 * for them, then the code signing configs; all of them ({@link #delete}), or after a deployment those its template no
 * longer has ({@link #deleteDropped}). Layer versions are kept, as SAM keeps them (RetentionPolicy Retain).
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
        return delete(stackName, Set.of(), Set.of(), true);
    }

    /**
     * After a deployment: deletes what the stack holds and its template no longer has, as CloudFormation's cleanup
     * does. {@code kept}: the logical ids now in the template; {@code formerRoles}: names of roles the stack may have
     * made for functions that now name their own.
     */
    public List<Deployed> deleteDropped(String stackName, Set<String> kept, Set<String> formerRoles)
            throws SamException, InterruptedException {
        return delete(stackName, kept, formerRoles, false);
    }

    private List<Deployed> delete(String stackName, Set<String> kept, Set<String> formerRoles, boolean whole)
            throws SamException, InterruptedException {
        List<Deployed> done = new ArrayList<>();
        List<StackGateway.Tagged> functions = Deployer.call("", "", () -> stack.functionsTagged(Deployer.STACK_TAG,
                stackName));
        Set<String> roleNames = new LinkedHashSet<>(formerRoles);
        Set<String> layers = new LinkedHashSet<>();
        for (StackGateway.Tagged f : functions) {
            String id = f.tags().getOrDefault(Deployer.LOGICAL_ID_TAG, f.name());
            if (kept.contains(id)) {
                continue;
            }
            String functionType = f.tags().getOrDefault(Deployer.TYPE_TAG, "AWS::Lambda::Function");
            Optional<FunctionDetails> details = Deployer.call(id, functionType, () -> stack.function(f.name()));
            details.ifPresent(d -> {
                String role = d.configuration().path("Role").asText();
                roleNames.add(role.substring(role.lastIndexOf('/') + 1));
                d.configuration().path("Layers").forEach(l -> layers.add(l.path("Arn").asText()));
            });
            progress.step(id, "deleting function " + f.name() + (whole ? "" : ": no longer in the template"));
            Deployer.run(id, functionType, () -> stack.deleteFunction(f.name()));
            done.add(report(new Deployed(id, functionType, f.arn(), Deployed.Outcome.DELETED)));
        }
        for (String roleName : roleNames) {
            Optional<StackGateway.Tagged> role = Deployer.call("", "", () -> stack.role(roleName));
            if (role.isPresent() && stackName.equals(role.get().tags().get(Deployer.STACK_TAG))) {
                String id = role.get().tags().getOrDefault(Deployer.LOGICAL_ID_TAG, roleName);
                if (!kept.contains(id)) {
                    progress.step(id, "deleting execution role " + roleName);
                    Deployer.run(id, "AWS::IAM::Role", () -> stack.deleteRole(roleName));
                    done.add(report(new Deployed(id, "AWS::IAM::Role", role.get().arn(), Deployed.Outcome.DELETED)));
                }
            }
        }
        for (StackGateway.Tagged c : Deployer.call("", "", () -> stack.codeSigningConfigsTagged(Deployer.STACK_TAG,
                stackName))) {
            String id = c.tags().getOrDefault(Deployer.LOGICAL_ID_TAG, c.arn());
            if (kept.contains(id)) {
                continue;
            }
            progress.step(id, "deleting code signing config " + c.arn());
            Deployer.run(id, ResourceType.CODE_SIGNING_CONFIG.cloudFormationName(),
                    () -> stack.deleteCodeSigningConfig(c.arn()));
            done.add(report(new Deployed(id, ResourceType.CODE_SIGNING_CONFIG.cloudFormationName(), c.arn(),
                    Deployed.Outcome.DELETED)));
        }
        for (String layer : whole ? layers : Set.<String>of()) { // a redeploy publishes versions; it keeps old ones
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
