package dev.lambdadesk.validation;

import java.util.HashMap;
import java.util.Map;

import dev.lambdadesk.core.Operation.Service;

/**
 * Friendly names, units and format hints per member, keyed by the member path with list elements written
 * {@code []} and map keys and values written {@code {key}} and {@code {value}}.
 */
final class MemberLabels {

    private static final Map<String, MemberText> LAMBDA = new HashMap<>();
    private static final Map<String, MemberText> SIGNER = new HashMap<>();

    static {
        lambda("FunctionName", MemberText.of("Function name")
                .hint("letters, numbers, hyphens and underscores, or a function ARN")
                .limit("Up to 64 characters (letters, numbers, hyphens, underscores), or a function ARN up to "
                        + "140 characters"));
        lambda("Runtime", MemberText.of("Runtime").limit("A supported runtime identifier, e.g. nodejs24.x"));
        lambda("Role", MemberText.of("Execution role")
                .hint("an IAM role ARN such as arn:aws:iam::123456789012:role/my-role"));
        lambda("Handler", MemberText.of("Handler").hint("a name without spaces, such as index.handler"));
        lambda("Code", MemberText.of("Code"));
        lambda("Code.ZipFile", MemberText.of("Zip file").limit("A .zip package up to 50 MB, base64-encoded"));
        lambda("ZipFile", MemberText.of("Zip file").limit("A .zip package up to 50 MB, base64-encoded"));
        MemberText bucket = MemberText.of("S3 bucket")
                .hint("letters, numbers, dots, hyphens or underscores, not ending with a dot");
        lambda("Code.S3Bucket", bucket);
        lambda("S3Bucket", bucket);
        lambda("Code.S3Key", MemberText.of("S3 key"));
        lambda("S3Key", MemberText.of("S3 key"));
        lambda("Code.S3ObjectVersion", MemberText.of("S3 object version"));
        lambda("S3ObjectVersion", MemberText.of("S3 object version"));
        lambda("Code.ImageUri", MemberText.of("Image URI"));
        lambda("ImageUri", MemberText.of("Image URI"));
        MemberText kms = MemberText.of("KMS key ARN").hint("a KMS key ARN such as arn:aws:kms:us-east-1:"
                + "123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab, or nothing");
        lambda("KMSKeyArn", kms);
        lambda("Code.SourceKMSKeyArn", kms.withLabel("Source KMS key ARN"));
        lambda("SourceKMSKeyArn", kms.withLabel("Source KMS key ARN"));
        lambda("Description", MemberText.of("Description"));
        lambda("Timeout", MemberText.of("Timeout").unit("seconds"));
        lambda("MemorySize", MemberText.of("Memory").unit("MB")
                .limit("128–10240 MB (up to 32768 MB with a capacity provider)"));
        lambda("VpcConfig.SubnetIds", MemberText.of("Subnets").entries("subnets"));
        lambda("VpcConfig.SubnetIds[]", MemberText.of("Subnet ID"));
        lambda("VpcConfig.SecurityGroupIds", MemberText.of("Security groups").entries("security groups"));
        lambda("VpcConfig.SecurityGroupIds[]", MemberText.of("Security group ID"));
        lambda("VpcConfig.Ipv6AllowedForDualStack", MemberText.of("IPv6 for dual-stack subnets"));
        lambda("PackageType", MemberText.of("Package type"));
        lambda("DeadLetterConfig.TargetArn", MemberText.of("Dead-letter target ARN")
                .hint("an SQS queue or SNS topic ARN"));
        lambda("Environment.Variables", MemberText.of("Environment variables").entries("variables")
                .limit("Up to 4 KB in total; names start with a letter; reserved names such as AWS_REGION are "
                        + "not allowed"));
        lambda("Environment.Variables{key}", MemberText.of("Environment variable name")
                .hint("a letter followed by letters, numbers or underscores (at least 2 characters)"));
        lambda("Environment.Variables{value}", MemberText.of("Environment variable value"));
        lambda("TracingConfig.Mode", MemberText.of("Tracing mode"));
        lambda("Tags", MemberText.of("Tags").entries("tags").limit("Up to 50 tags"));
        lambda("Tags{key}", MemberText.of("Tag key").limit("1–128 characters, not starting with aws:"));
        lambda("Tags{value}", MemberText.of("Tag value").limit("Up to 256 characters"));
        lambda("LayerName", MemberText.of("Layer name")
                .hint("letters, numbers, hyphens and underscores (up to 64), or a layer ARN")
                .limit("Up to 64 characters (letters, numbers, hyphens, underscores), or a layer ARN"));
        lambda("Layers", MemberText.of("Layers").entries("layers").limit("Up to 5 versioned layer ARNs"));
        lambda("Layers[]", MemberText.of("Layer")
                .hint("a versioned layer ARN such as arn:aws:lambda:us-east-1:123456789012:layer:my-layer:3"));
        lambda("FileSystemConfigs", MemberText.of("File systems").entries("file systems"));
        lambda("FileSystemConfigs[]", MemberText.of("File system"));
        lambda("FileSystemConfigs[].Arn", MemberText.of("File system access point ARN")
                .hint("an EFS access point ARN such as arn:aws:elasticfilesystem:us-east-1:123456789012:"
                        + "access-point/fsap-0123456789abcdef0"));
        lambda("FileSystemConfigs[].LocalMountPath", MemberText.of("Local mount path")
                .hint("/mnt/ followed by letters, numbers, hyphens, underscores or dots"));
        lambda("ImageConfig.EntryPoint", MemberText.of("Entry point").entries("entries"));
        lambda("ImageConfig.Command", MemberText.of("Command").entries("arguments"));
        lambda("ImageConfig.WorkingDirectory", MemberText.of("Working directory"));
        MemberText csc = MemberText.of("Code signing configuration ARN")
                .hint("an ARN such as arn:aws:lambda:us-east-1:123456789012:code-signing-config:"
                        + "csc-0123456789abcdef0");
        lambda("CodeSigningConfigArn", csc);
        lambda("Architectures", MemberText.of("Architecture").entries("architectures"));
        lambda("Architectures[]", MemberText.of("Architecture"));
        lambda("EphemeralStorage.Size", MemberText.of("Ephemeral storage").unit("MB"));
        lambda("SnapStart.ApplyOn", MemberText.of("SnapStart"));
        lambda("LoggingConfig.LogFormat", MemberText.of("Log format"));
        lambda("LoggingConfig.ApplicationLogLevel", MemberText.of("Application log level"));
        lambda("LoggingConfig.SystemLogLevel", MemberText.of("System log level"));
        lambda("LoggingConfig.LogGroup", MemberText.of("Log group")
                .hint("letters, numbers and . - _ / #"));
        String lmi = "CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.";
        lambda(lmi + "CapacityProviderArn", MemberText.of("Capacity provider ARN")
                .hint("an ARN such as arn:aws:lambda:us-east-1:123456789012:capacity-provider:my-provider"));
        lambda(lmi + "PerExecutionEnvironmentMaxConcurrency",
                MemberText.of("Concurrency per execution environment").unit("requests"));
        lambda(lmi + "ExecutionEnvironmentMemoryGiBPerVCpu", MemberText.of("Memory per vCPU").unit("GiB"));
        lambda("PublishTo", MemberText.of("Publish to"));
        lambda("DurableConfig.RetentionPeriodInDays", MemberText.of("Durable execution retention").unit("days"));
        lambda("DurableConfig.ExecutionTimeout", MemberText.of("Durable execution timeout").unit("seconds"));
        lambda("TenancyConfig.TenantIsolationMode", MemberText.of("Tenant isolation mode"));
        lambda("RevisionId", MemberText.of("Revision ID"));
        lambda("DryRun", MemberText.of("Dry run"));
        lambda("AllowedPublishers", MemberText.of("Allowed publishers"));
        lambda("AllowedPublishers.SigningProfileVersionArns", MemberText.of("Signing profile versions")
                .entries("signing profile versions").limit("1–20 signing profile version ARNs"));
        lambda("AllowedPublishers.SigningProfileVersionArns[]", MemberText.of("Signing profile version ARN")
                .hint("an ARN such as arn:aws:signer:us-east-1:123456789012:/signing-profiles/MyProfile/"
                        + "a1b2c3d4e5"));
        lambda("CodeSigningPolicies.UntrustedArtifactOnDeployment", MemberText.of("Untrusted artifact policy"));

        signer("profileName", MemberText.of("Profile name")
                .hint("letters, numbers and underscores only (no hyphens)"));
        signer("platformId", MemberText.of("Signing platform"));
        signer("signingMaterial.certificateArn", MemberText.of("Certificate ARN"));
        signer("signatureValidityPeriod.value", MemberText.of("Signature validity")
                .limit("1 to 135 months (11 years, or 4110 days)"));
        signer("signatureValidityPeriod.type", MemberText.of("Validity unit"));
        signer("overrides.signingConfiguration.encryptionAlgorithm", MemberText.of("Encryption algorithm"));
        signer("overrides.signingConfiguration.hashAlgorithm", MemberText.of("Hash algorithm"));
        signer("overrides.signingImageFormat", MemberText.of("Signed image format"));
        signer("signingParameters", MemberText.of("Signing parameters").entries("parameters"));
        signer("tags", MemberText.of("Tags").entries("tags"));
        signer("tags{key}", MemberText.of("Tag key")
                .hint("letters, numbers or + - = . _ : /, not starting with aws:"));
        signer("tags{value}", MemberText.of("Tag value"));
        signer("source.s3.bucketName", MemberText.of("Source bucket"));
        signer("source.s3.key", MemberText.of("Source key"));
        signer("source.s3.version", MemberText.of("Source object version"));
        signer("destination.s3.bucketName", MemberText.of("Destination bucket"));
        signer("destination.s3.prefix", MemberText.of("Destination prefix"));
        signer("clientRequestToken", MemberText.of("Client request token"));
        signer("profileOwner", MemberText.of("Profile owner").hint("a 12-digit AWS account ID"));
        signer("profileVersion", MemberText.of("Profile version").hint("10 letters or numbers"));
        signer("reason", MemberText.of("Reason"));
        signer("effectiveTime", MemberText.of("Effective time").limit("Now or earlier"));
    }

    private MemberLabels() {
    }

    private static void lambda(String path, MemberText text) {
        LAMBDA.put(path, text);
    }

    private static void signer(String path, MemberText text) {
        SIGNER.put(path, text);
    }

    /** The text for a member, or null when the table has none. */
    static MemberText find(Service service, String normalizedPath) {
        return (service == Service.LAMBDA ? LAMBDA : SIGNER).get(normalizedPath);
    }
}
