package dev.lambdadesk.sam;

import java.util.Arrays;
import java.util.Optional;

/** The resource types LambdaDesk deploys, and the execution role it makes for a function without Role. */
public enum ResourceType {
    SERVERLESS_FUNCTION("AWS::Serverless::Function", Kind.FUNCTION),
    LAMBDA_FUNCTION("AWS::Lambda::Function", Kind.FUNCTION),
    SERVERLESS_LAYER("AWS::Serverless::LayerVersion", Kind.LAYER),
    LAMBDA_LAYER("AWS::Lambda::LayerVersion", Kind.LAYER),
    CODE_SIGNING_CONFIG("AWS::Lambda::CodeSigningConfig", Kind.CODE_SIGNING_CONFIG),
    EXECUTION_ROLE("AWS::IAM::Role", Kind.ROLE);

    /** What a resource is, whatever the spelling of its type. */
    public enum Kind { FUNCTION, LAYER, CODE_SIGNING_CONFIG, ROLE }

    private final String cloudFormationName;
    private final Kind kind;

    ResourceType(String cloudFormationName, Kind kind) {
        this.cloudFormationName = cloudFormationName;
        this.kind = kind;
    }

    public String cloudFormationName() {
        return cloudFormationName;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isServerless() {
        return cloudFormationName.startsWith("AWS::Serverless::");
    }

    /** The deployable type of a template's {@code Type}; execution roles are made, never read. */
    public static Optional<ResourceType> of(String type) {
        return Arrays.stream(values()).filter(t -> t != EXECUTION_ROLE && t.cloudFormationName.equals(type))
                .findFirst();
    }
}
