package dev.lambdadesk.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.AwsCallFailed;
import dev.lambdadesk.aws.PackageStorage;
import dev.lambdadesk.aws.StackGateway;
import dev.lambdadesk.sam.Deployer;
import dev.lambdadesk.sam.Finding;
import dev.lambdadesk.sam.Packager;
import dev.lambdadesk.sam.SamApplication;
import dev.lambdadesk.sam.SamException;
import dev.lambdadesk.sam.TemplateException;
import dev.lambdadesk.sam.TemplateValidator;
import dev.lambdadesk.validation.RequestValidator;

/** {@code sam deploy}: the application deployed directly through Lambda, IAM and S3, without CloudFormation. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Deploys a SAM application without CloudFormation: code signing configs, layers, execution "
                + "roles and functions, tagged with the stack name. Packages first when --s3-bucket is given; "
                + "without it, local code goes up with each request.%n"
                + "Exit status: 0 deployed, 1 invalid template or a resource refused, 2 unreadable template or "
                + "options.")
final class SamDeployCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SamTemplateOptions template = new SamTemplateOptions();

    @Mixin
    SamConnectionOptions connection = new SamConnectionOptions();

    @Option(names = "--stack-name", required = true, paramLabel = "NAME",
            description = "The stack: what is deployed is tagged with it, and sam delete removes it.")
    String stackName;

    @Mixin
    SamPackagingOptions packaging = new SamPackagingOptions();

    @Option(names = "--capabilities", paramLabel = "CAPABILITY", arity = "1..*", hidden = true,
            description = "Accepted for SAM CLI compatibility; execution roles are made without asking.")
    List<String> capabilities = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        SamRun run = new SamRun(spec);
        if (connection.problem().isPresent()) {
            return run.unusable(connection.problem().get());
        }
        if (!packaging.signingProfiles.isEmpty() && packaging.bucket == null) {
            return run.unusable("--signing-profiles needs --s3-bucket: Signer signs an object in a versioned bucket.");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AwsClients clients = connection.open()) {
            StackGateway stack = new StackGateway(clients, connection.explainer());
            String account = stack.accountId();
            SamApplication app = run.load(template, connection, new SamApplication.Settings(stackName,
                    connection.region(), account, template.overrides()));
            List<Finding> findings = new TemplateValidator(RequestValidator.standard()).validate(app);
            if (findings.stream().anyMatch(Finding::isError)) {
                findings.forEach(out::println);
                out.flush();
                return run.refused(template.templateFile + " is not valid; nothing was deployed.");
            }
            Optional<Packager.Options> packed = packaging.bucket == null ? Optional.empty()
                    : Optional.of(packaging.options());
            run.signingPlan(app, packaging.options().signing());
            new Deployer(stack, new PackageStorage(clients, connection.explainer()), run.progress(), d -> {
                out.println(d);
                out.flush();
            }).deploy(app, packed);
            app.notDeployed().forEach(n -> run.progress().step("", "note: " + n));
            run.progress().step("", "Stack " + stackName + " deployed.");
            return SamRun.DONE;
        } catch (TemplateException e) {
            return run.unusable(e.getMessage());
        } catch (SamException e) {
            return run.refused(e.getMessage() + "\nDeployment of " + stackName + " stopped; resources listed "
                    + "above were deployed, the others were not touched.");
        } catch (AwsCallFailed e) {
            return run.refused("Cannot reach the account: " + e.problem().summary());
        }
    }

}
