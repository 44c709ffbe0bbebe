package dev.lambdadesk.local.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The exact text of a signature block in a zip comment: {@link #MAGIC} followed by base64 (standard alphabet,
 * padded, no line breaks) of a JSON object with exactly the members alg, profileVersionArn, profileName, jobArn,
 * signedAt, expiresAt (epoch millis), payloadDigest and signature. The signature covers the canonical form:
 * the UTF-8 compact JSON of every member except signature, in that order.
 */
public final class SignatureBlockCodec {

    /** The first bytes of a signature comment; a zip whose comment starts with them counts as signed. */
    public static final String MAGIC = "LAMBDADESK-SIGNATURE-V1\n";
    public static final String ALGORITHM = "ECDSA_P384_SHA384";

    static final byte[] MAGIC_BYTES = MAGIC.getBytes(StandardCharsets.US_ASCII);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final List<String> TEXT_MEMBERS = List.of("alg", "profileVersionArn", "profileName", "jobArn",
            "payloadDigest", "signature");
    private static final Set<String> MEMBERS = Set.of("alg", "profileVersionArn", "profileName", "jobArn",
            "signedAt", "expiresAt", "payloadDigest", "signature");
    private static final Pattern SHA384_HEX = Pattern.compile("[0-9a-f]{96}");

    private SignatureBlockCodec() {
    }

    static boolean isSignatureComment(byte[] comment) {
        return comment.length >= MAGIC_BYTES.length
                && Arrays.equals(comment, 0, MAGIC_BYTES.length, MAGIC_BYTES, 0, MAGIC_BYTES.length);
    }

    /** The bytes the signature is made over: every member but the signature, in a fixed order. */
    static byte[] canonicalBytes(SignatureBlock block) {
        return write(unsignedMembers(block));
    }

    static byte[] encodeComment(SignatureBlock block) {
        ObjectNode json = unsignedMembers(block).put("signature", block.signature());
        String text = MAGIC + Base64.getEncoder().encodeToString(write(json));
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Parses a comment that starts with {@link #MAGIC}; the exception says, for a person, what is wrong. */
    static SignatureBlock decodeComment(byte[] comment) throws MalformedBlockException {
        byte[] encoded = Arrays.copyOfRange(comment, MAGIC_BYTES.length, comment.length);
        JsonNode json;
        try {
            json = JSON.readTree(Base64.getDecoder().decode(encoded));
        } catch (IllegalArgumentException e) {
            throw new MalformedBlockException("the text after the signature marker is not base64");
        } catch (IOException e) {
            throw new MalformedBlockException("the signature block is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw new MalformedBlockException("the signature block is not a JSON object");
        }
        checkMembers(json);
        if (!ALGORITHM.equals(json.get("alg").asText())) {
            throw new MalformedBlockException("the signature algorithm " + json.get("alg").asText()
                    + " is not supported (expected " + ALGORITHM + ")");
        }
        if (!SHA384_HEX.matcher(json.get("payloadDigest").asText()).matches()) {
            throw new MalformedBlockException("payloadDigest is not a SHA-384 digest in lower-case hex");
        }
        try {
            Base64.getDecoder().decode(json.get("signature").asText());
        } catch (IllegalArgumentException e) {
            throw new MalformedBlockException("signature is not base64");
        }
        return new SignatureBlock(json.get("alg").asText(), json.get("profileVersionArn").asText(),
                json.get("profileName").asText(), json.get("jobArn").asText(),
                Instant.ofEpochMilli(json.get("signedAt").longValue()),
                Instant.ofEpochMilli(json.get("expiresAt").longValue()),
                json.get("payloadDigest").asText(), json.get("signature").asText());
    }

    private static void checkMembers(JsonNode json) throws MalformedBlockException {
        List<String> unknown = new ArrayList<>();
        json.fieldNames().forEachRemaining(name -> {
            if (!MEMBERS.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new MalformedBlockException("the signature block has unknown members " + unknown);
        }
        for (String name : TEXT_MEMBERS) {
            JsonNode value = json.get(name);
            if (value == null || !value.isTextual() || value.asText().isEmpty()) {
                throw new MalformedBlockException("the signature block has no " + name);
            }
        }
        for (String name : List.of("signedAt", "expiresAt")) {
            JsonNode value = json.get(name);
            if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
                throw new MalformedBlockException("the signature block has no " + name + " in epoch milliseconds");
            }
        }
    }

    private static ObjectNode unsignedMembers(SignatureBlock block) {
        return JSON.createObjectNode()
                .put("alg", block.algorithm())
                .put("profileVersionArn", block.profileVersionArn())
                .put("profileName", block.profileName())
                .put("jobArn", block.jobArn())
                .put("signedAt", block.signedAt().toEpochMilli())
                .put("expiresAt", block.expiresAt().toEpochMilli())
                .put("payloadDigest", block.payloadDigest());
    }

    private static byte[] write(ObjectNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree of strings and numbers could not be written", e);
        }
    }

    /** A signature block that cannot be read; the message says what is wrong. */
    static final class MalformedBlockException extends Exception {
        MalformedBlockException(String message) {
            super(message);
        }
    }
}
