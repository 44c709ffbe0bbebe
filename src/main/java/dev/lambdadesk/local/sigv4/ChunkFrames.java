package dev.lambdadesk.local.sigv4;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the chunk framing: {@code hex-size[;name=value]CRLF data CRLF}, a zero chunk, then trailers. */
final class ChunkFrames {

    /** One chunk: its data and its extensions (such as chunk-signature). */
    record Chunk(byte[] data, Map<String, String> extensions) {
    }

    private final byte[] body;
    private int at;

    ChunkFrames(byte[] body) {
        this.body = body;
    }

    Chunk next() throws MalformedPayloadException {
        String header = line().orElseThrow(() -> new MalformedPayloadException(
                "The aws-chunked body ends before its final zero-length chunk."));
        String[] parts = header.split(";");
        long size;
        try {
            size = Long.parseLong(parts[0].trim(), 16);
        } catch (NumberFormatException e) {
            throw new MalformedPayloadException("The aws-chunked body has an invalid chunk size: '"
                    + parts[0].trim() + "'.");
        }
        if (size < 0 || size > body.length - at) {
            throw new MalformedPayloadException("A chunk announces " + size + " bytes but the body is shorter.");
        }
        Map<String, String> extensions = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            extensions.put(pair[0].trim(), pair.length == 2 ? pair[1].trim() : "");
        }
        byte[] data = Arrays.copyOfRange(body, at, at + (int) size);
        at += (int) size;
        if (size > 0 && !(at + 1 < body.length && body[at] == '\r' && body[at + 1] == '\n')) {
            throw new MalformedPayloadException("A chunk of the aws-chunked body is not followed by CRLF.");
        }
        if (size > 0) {
            at += 2;
        }
        return new Chunk(data, extensions);
    }

    /** The trailing headers after the zero chunk (names in lower case), up to the empty line or the end. */
    Map<String, String> trailers() throws MalformedPayloadException {
        Map<String, String> trailers = new LinkedHashMap<>();
        for (Optional<String> line = line(); line.isPresent() && !line.get().isEmpty(); line = line()) {
            int colon = line.get().indexOf(':');
            if (colon <= 0) {
                throw new MalformedPayloadException("The aws-chunked body has a malformed trailer: '"
                        + line.get() + "'.");
            }
            trailers.put(line.get().substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.get().substring(colon + 1).trim());
        }
        return trailers;
    }

    private Optional<String> line() {
        if (at >= body.length) {
            return Optional.empty();
        }
        int end = at;
        while (end + 1 < body.length && !(body[end] == '\r' && body[end + 1] == '\n')) {
            end++;
        }
        boolean terminated = end + 1 < body.length;
        int stop = terminated ? end : body.length;
        String text = new String(body, at, stop - at, StandardCharsets.US_ASCII);
        at = terminated ? end + 2 : body.length;
        return Optional.of(text);
    }
}
