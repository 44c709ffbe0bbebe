package dev.lambdadesk.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** A blob member, written as base64 text in CLI input JSON. */
final class BlobRule extends Rule {

    BlobRule(Site site) {
        super(site);
    }

    @Override
    void check(JsonNode value, MemberPath path, Findings out) {
        if (!value.isTextual()) {
            out.typeError(this, path);
        } else if (!Base64Scan.of(value.textValue()).valid()) {
            out.serializationError(this, path, text().label() + " must be base64-encoded (A–Z, a–z, 0–9, +, / "
                    + "and = padding); encode the file's bytes as base64.", "Invalid base64 value for "
                    + path.wire());
        }
    }

    @Override
    String expectedKind() {
        return "base64 text";
    }

    @Override
    String wireTypeName() {
        return "a Blob";
    }
}
