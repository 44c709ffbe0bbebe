package dev.lambdadesk.local.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percent-decoding of path segments, query strings and form bodies. */
public final class UriCodec {

    private UriCodec() {
    }

    /** Decodes a path segment or query component, where '+' is a literal plus. */
    public static String decode(String encoded) {
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Decodes a form-encoded component, where '+' stands for a space. */
    public static String decodeForm(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    /** Splits a raw path on '/' and decodes each segment; a trailing slash is ignored. */
    public static List<String> pathSegments(String rawPath) {
        List<String> segments = new ArrayList<>();
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            return segments;
        }
        for (String segment : path.split("/", -1)) {
            segments.add(decode(segment));
        }
        return segments;
    }

    /** Decodes, keeping text with a broken percent-escape as it is (a signature over it simply will not match). */
    private static String leniently(String encoded, boolean form) {
        try {
            return form ? decodeForm(encoded) : decode(encoded);
        } catch (IllegalArgumentException e) {
            return encoded;
        }
    }

    /** Parses a raw query string (or, with {@code form}, an x-www-form-urlencoded body) into decoded parameters. */
    public static Map<String, List<String>> parseQuery(String raw, boolean form) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.computeIfAbsent(leniently(name, form), n -> new ArrayList<>()).add(leniently(value, form));
        }
        return parameters;
    }
}
