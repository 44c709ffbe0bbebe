package dev.lambdadesk.app;

import picocli.CommandLine.Command;

/** {@code sam}: SAM applications from the command line, with SAM CLI's flags. */
@Command(name = "sam", mixinStandardHelpOptions = true,
        description = "Validates, packages (with code signing), deploys and deletes SAM applications: directly "
                + "through Lambda, IAM, S3 and Signer, without CloudFormation.",
        subcommands = {SamValidateCommand.class, SamPackageCommand.class, SamDeployCommand.class,
                SamDeleteCommand.class})
final class SamCommand {
}
