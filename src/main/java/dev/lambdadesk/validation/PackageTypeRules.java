package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * CreateFunction's code and package rules: exactly one code source; a Zip function (the default) needs Runtime and
 * Handler and no image; an Image function needs Code.ImageUri and takes no Runtime, Handler, Layers or code
 * signing.
 */
final class PackageTypeRules implements RequestRule {

    static final String ZIP_NEEDS_RUNTIME_AND_HANDLER =
            "Runtime and Handler are mandatory parameters for functions created with deployment packages.";
    static final String IMAGE_NO_CODE_SIGNING =
            "Code signing is not supported for functions created with container images.";

    @Override
    public List<String> reads() {
        return List.of("Code", "PackageType", "Runtime", "Handler", "Layers", "CodeSigningConfigArn",
                "ImageConfig");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode code = Requests.at(request, "Code");
        CodeSources sources = code != null && code.isObject() ? CodeSources.of(code) : null;
        if (sources != null) {
            sources.checkExactlyOne("Code.", out);
        }
        JsonNode packageType = Requests.at(request, "PackageType");
        String type = packageType == null ? "Zip" : packageType.isTextual() ? packageType.textValue() : null;
        if ("Zip".equals(type)) {
            checkZip(request, sources, out);
        } else if ("Image".equals(type)) {
            checkImage(request, sources, out);
        }
    }

    private static void checkZip(JsonNode request, CodeSources sources, Findings out) {
        if (sources != null && sources.image()) {
            out.error("Code.ImageUri", "ImageUri is only for PackageType Image; a Zip function takes its code "
                    + "from ZipFile or S3. Remove ImageUri or set PackageType to Image.",
                    AwsFinding.invalidParameter("Please don't provide ImageUri when creating a function with "
                            + "package type Zip."));
        }
        if (!Requests.present(request, "Runtime")) {
            out.error("Runtime", "Choose a runtime; a function deployed as a .zip package needs Runtime and "
                    + "Handler.", AwsFinding.invalidParameter(ZIP_NEEDS_RUNTIME_AND_HANDLER));
        }
        if (!Requests.present(request, "Handler")) {
            out.error("Handler", "Enter the handler (e.g. index.handler); a function deployed as a .zip package "
                    + "needs Runtime and Handler.", AwsFinding.invalidParameter(ZIP_NEEDS_RUNTIME_AND_HANDLER));
        }
        if (Requests.present(request, "ImageConfig")) {
            out.warning("ImageConfig", "ImageConfig applies only to container-image functions; it has no "
                    + "effect for PackageType Zip.");
        }
    }

    private static void checkImage(JsonNode request, CodeSources sources, Findings out) {
        if (sources != null && !sources.image()) {
            out.error("Code.ImageUri", "Enter the container image URI; a function with PackageType Image takes "
                    + "its code from Code.ImageUri.", AwsFinding.invalidParameter(
                    "Please provide ImageUri when creating a function with package type Image."));
        }
        if (sources != null && (sources.zip() || sources.s3())) {
            out.error(sources.zip() ? "Code.ZipFile" : "Code.S3Bucket", "A container-image function takes its "
                    + "code from ImageUri only; remove the .zip or S3 code, or set PackageType to Zip.",
                    AwsFinding.invalidParameter("Please don't provide ZipFile or S3 code when creating a "
                            + "function with package type Image."));
        }
        String imageRuntime = "The Runtime and Handler parameters are not supported for functions created with "
                + "container images.";
        if (Requests.present(request, "Runtime")) {
            out.error("Runtime", "Remove Runtime: a container image brings its own runtime.",
                    AwsFinding.invalidParameter(imageRuntime));
        }
        if (Requests.present(request, "Handler")) {
            out.error("Handler", "Remove Handler: set the entry point in the image or in ImageConfig instead.",
                    AwsFinding.invalidParameter(imageRuntime));
        }
        JsonNode layers = Requests.at(request, "Layers");
        if (layers != null && !(layers.isArray() && layers.isEmpty())) {
            out.error("Layers", "Remove the layers: container-image functions cannot use layers; add their "
                    + "content to the image instead.", AwsFinding.invalidParameter(
                    "Layers are not supported for functions created with container images."));
        }
        if (Requests.present(request, "CodeSigningConfigArn")) {
            out.error("CodeSigningConfigArn", "Remove the code signing configuration: code signing is not "
                    + "supported for container-image functions.", AwsFinding.invalidParameter(
                    IMAGE_NO_CODE_SIGNING));
        }
    }
}
