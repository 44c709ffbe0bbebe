package dev.lambdadesk.sam;

import java.nio.file.Path;
import java.util.Optional;

/** Where a function's or layer's code comes from, as the template says. */
public sealed interface CodeSource {

    /** A folder (zipped deterministically) or a .zip/.jar file taken as is. */
    record Local(Path path, String written) implements CodeSource {
    }

    /** An object in S3: {@code s3://bucket/key}, or {Bucket, Key, Version}. */
    record S3(String bucket, String key, Optional<String> version) implements CodeSource {
        public String uri() {
            return "s3://" + bucket + "/" + key;
        }
    }

    /** Source text written in the template (InlineCode, Code.ZipFile): one file in the package. */
    record Inline(String source) implements CodeSource {
    }

    /** A container image. */
    record Image(String uri) implements CodeSource {
    }

    /** No code given. */
    record None() implements CodeSource {
    }

    /** Reads a CodeUri/ContentUri value: {@code s3://bucket/key}, {Bucket, Key, Version}, or a local path. */
    static CodeSource ofUri(com.fasterxml.jackson.databind.JsonNode uri, Path folder) {
        if (uri.isObject()) {
            String version = uri.path("Version").asText("");
            return new S3(uri.path("Bucket").asText(""), uri.path("Key").asText(""),
                    version.isEmpty() ? Optional.empty() : Optional.of(version));
        }
        String text = uri.asText("");
        if (text.startsWith("s3://")) {
            String rest = text.substring("s3://".length());
            int slash = rest.indexOf('/');
            return slash < 0 ? new S3(rest, "", Optional.empty())
                    : new S3(rest.substring(0, slash), rest.substring(slash + 1), Optional.empty());
        }
        return new Local(folder.resolve(text).normalize(), text);
    }
}
