package dev.lambdadesk.app;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import dev.lambdadesk.sam.Packager;
import dev.lambdadesk.sam.SigningProfiles;
import dev.lambdadesk.sam.TemplateException;

/** {@code --s3-bucket}, {@code --s3-prefix} and {@code --signing-profiles}, as SAM CLI spells them. */
final class SamPackagingOptions {

    @Option(names = "--s3-bucket", paramLabel = "BUCKET",
            description = "The bucket for the packages; versioning must be on to sign.")
    String bucket;

    @Option(names = "--s3-prefix", paramLabel = "PREFIX", defaultValue = "", description = "Key prefix (folder).")
    String prefix;

    @Option(names = "--signing-profiles", paramLabel = "ID=PROFILE[:OWNER]", arity = "1..*",
            description = "Sign these functions and layers: LogicalId=ProfileName[:ProfileOwner], several allowed.")
    List<String> signingProfiles = new ArrayList<>();

    Packager.Options options() throws TemplateException {
        return new Packager.Options(bucket, prefix.replaceAll("/+$", ""), SigningProfiles.parse(signingProfiles));
    }
}
