package dev.lambdadesk.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.lambdadesk.aws.AwsCallFailed;
import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.StackGateway;
import dev.lambdadesk.sam.Deployed;
import dev.lambdadesk.sam.SamException;
import dev.lambdadesk.sam.StackDeleter;

/** {@code sam delete}: removes what {@code sam deploy} recorded under a stack name. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Deletes the functions, execution roles and code signing configs deployed under a stack name "
                + "(found by their tags). Layer versions are kept, as SAM keeps them.%n"
                + "Exit status: 0 deleted (or nothing to delete), 1 refused.")
final class SamDeleteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SamConnectionOptions connection = new SamConnectionOptions();

    @Option(names = "--stack-name", required = true, paramLabel = "NAME", description = "The stack to delete.")
    String stackName;

    @Option(names = "--no-prompts", description = "Accepted for SAM CLI compatibility; delete never asks.")
    boolean noPrompts;

    @Override
    public Integer call() throws InterruptedException {
        SamRun run = new SamRun(spec);
        if (connection.problem().isPresent()) {
            return run.unusable(connection.problem().get());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AwsClients clients = connection.open()) {
            List<Deployed> deleted = new StackDeleter(new StackGateway(clients, connection.explainer()),
                    run.progress(), d -> {
                        out.println(d);
                        out.flush();
                    }).delete(stackName);
            run.progress().step("", deleted.isEmpty() ? "Nothing is deployed under stack " + stackName + "."
                    : "Stack " + stackName + " deleted.");
            return SamRun.DONE;
        } catch (SamException e) {
            return run.refused(e.getMessage());
        } catch (AwsCallFailed e) {
            return run.refused("Cannot reach the account: " + e.problem().summary());
        }
    }
}
