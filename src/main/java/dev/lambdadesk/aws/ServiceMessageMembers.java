package dev.lambdadesk.aws;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lambda refusals that concern one request member without naming it the way validation errors do ("at 'memorySize'"),
 * so a form can still mark the field: "The role defined for the function cannot be assumed by Lambda." is about Role.
 */
final class ServiceMessageMembers {

    private record Clue(String fragment, String memberPath) {
    }

    /** Fragments of the service's messages (lower case) and the member each is about; first match wins. */
    private static final List<Clue> CLUES = List.of(
            new Clue("role defined for the function cannot be assumed", "Role"),
            new Clue("function already exist", "FunctionName"),
            new Clue("code signing is not supported for functions created with container images",
                    "CodeSigningConfigArn"),
            new Clue("code signing configuration", "CodeSigningConfigArn"),
            new Clue("could not unzip uploaded file", "Code.ZipFile"),
            new Clue("zipped size must be smaller", "Code.ZipFile"),
            new Clue("unzipped size must be smaller", "Code.ZipFile"),
            new Clue("error occurred while getobject", "Code.S3Key"),
            new Clue("please provide imageuri", "Code.ImageUri"),
            new Clue("runtime parameter of", "Runtime"),
            new Clue("layer version", "Layers"),
            new Clue("layers are not supported", "Layers"),
            new Clue("environment variables", "Environment.Variables"),
            new Clue("subnet", "VpcConfig.SubnetIds"),
            new Clue("security group", "VpcConfig.SecurityGroupIds"),
            new Clue("dead letter", "DeadLetterConfig.TargetArn"),
            new Clue("kms", "KMSKeyArn"));

    private ServiceMessageMembers() {
    }

    static Optional<String> memberOf(String serviceText) {
        String lower = serviceText.toLowerCase(Locale.ROOT);
        return CLUES.stream().filter(c -> lower.contains(c.fragment())).map(Clue::memberPath).findFirst();
    }

    /** Plainer words for refusals whose own wording leaves the person guessing; empty to keep the service's. */
    static Optional<String> plainSummary(String serviceText) {
        String lower = serviceText.toLowerCase(Locale.ROOT);
        if (lower.contains("role defined for the function cannot be assumed")) {
            return Optional.of("Lambda cannot use this execution role: the role does not exist, or its trust policy "
                    + "does not allow lambda.amazonaws.com to assume it. Pick a role from the list or check the ARN.");
        }
        if (lower.startsWith("function already exist")) {
            return Optional.of("A function with this name already exists in this account and region; choose "
                    + "another name.");
        }
        return Optional.empty();
    }
}
