package dev.lambdadesk.local.sigv4;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the SigV4 claim from an Authorization header or from a presigned URL's query. */
public final class SignatureClaims {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** A signing time as sent and as read. */
    private record ParsedDate(String text, Instant instant) {
    }

    /** The last signing time read: every request signed within the same second sends the same text. */
    private static volatile ParsedDate lastDate = new ParsedDate("", Instant.EPOCH);

    private SignatureClaims() {
    }

    /** The claim, or empty when the request carries no credentials at all. */
    public static Optional<SignatureClaim> parse(ReceivedRequest request) throws SigV4Exception {
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isPresent()) {
            return Optional.of(fromHeader(authorization.get().trim(), request));
        }
        if (request.queryParameter("X-Amz-Signature").isPresent()
                || request.queryParameter("X-Amz-Credential").isPresent()) {
            return Optional.of(fromQuery(request));
        }
        return Optional.empty();
    }

    private static SignatureClaim fromHeader(String header, ReceivedRequest request) throws SigV4Exception {
        if (!header.startsWith(ALGORITHM + " ")) {
            throw malformed("Authorization header requires 'Credential' parameter. Authorization header requires "
                    + "'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. "
                    + "Authorization=" + header.split(" ", 2)[0]);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : header.substring(ALGORITHM.length() + 1).split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2) {
                parts.put(pair[0].trim(), pair[1].trim());
            }
        }
        List<String> problems = new ArrayList<>();
        for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
            if (!parts.containsKey(name)) {
                problems.add("Authorization header requires '" + name + "' parameter.");
            }
        }
        Optional<String> amzDate = request.header("X-Amz-Date");
        Optional<String> httpDate = request.header("Date");
        if (amzDate.isEmpty() && httpDate.isEmpty()) {
            problems.add("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!problems.isEmpty()) {
            throw malformed(String.join(" ", problems) + " Authorization=" + ALGORITHM);
        }
        Instant signedAt = amzDate.isPresent() ? parseAmzDate(amzDate.get()) : parseHttpDate(httpDate.get());
        String sentDate = amzDate.orElseGet(() -> AMZ_DATE.format(signedAt));
        return claim(parts.get("Credential"), parts.get("SignedHeaders"), parts.get("Signature"), signedAt, sentDate,
                null);
    }

    private static SignatureClaim fromQuery(ReceivedRequest request) throws SigV4Exception {
        List<String> problems = new ArrayList<>();
        for (String name : List.of("X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders",
                "X-Amz-Date", "X-Amz-Expires")) {
            if (request.queryParameter(name).isEmpty()) {
                problems.add("AWS query-string parameters must include '" + name + "'.");
            }
        }
        if (!problems.isEmpty()) {
            throw malformed(String.join(" ", problems) + " Re-examine the query-string parameters.");
        }
        if (!ALGORITHM.equals(request.queryParameter("X-Amz-Algorithm").orElseThrow())) {
            throw malformed("X-Amz-Algorithm only supports \"" + ALGORITHM + "\"");
        }
        String amzDate = request.queryParameter("X-Amz-Date").orElseThrow();
        Duration expires;
        try {
            expires = Duration.ofSeconds(Long.parseLong(request.queryParameter("X-Amz-Expires").orElseThrow()));
        } catch (NumberFormatException e) {
            throw malformed("X-Amz-Expires should be a number");
        }
        return claim(request.queryParameter("X-Amz-Credential").orElseThrow(),
                request.queryParameter("X-Amz-SignedHeaders").orElseThrow(),
                request.queryParameter("X-Amz-Signature").orElseThrow(), parseAmzDate(amzDate), amzDate, expires);
    }

    private static SignatureClaim claim(String credential, String signedHeaders, String signature, Instant signedAt,
                                        String amzDate, Duration expires) throws SigV4Exception {
        String[] scope = credential.split("/");
        if (scope.length != 5 || !"aws4_request".equals(scope[4])) {
            throw malformed("Credential should be scoped to a valid region. ");
        }
        List<String> headers = Arrays.stream(signedHeaders.split(";"))
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        return new SignatureClaim(scope[0], scope[1], scope[2], scope[3], headers, signature, signedAt, amzDate,
                expires);
    }

    private static Instant parseAmzDate(String value) throws SigV4Exception {
        ParsedDate last = lastDate;
        if (last.text().equals(value)) {
            return last.instant();
        }
        try {
            Instant instant = ZonedDateTime.parse(value.trim(), AMZ_DATE).toInstant();
            lastDate = new ParsedDate(value, instant);
            return instant;
        } catch (DateTimeParseException e) {
            throw malformed("Date must be in ISO-8601 'basic format'. Got '" + value + "'. See "
                    + "http://en.wikipedia.org/wiki/ISO_8601");
        }
    }

    private static Instant parseHttpDate(String value) throws SigV4Exception {
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw malformed("Date must be in RFC 1123 format. Got '" + value + "'.");
        }
    }

    private static SigV4Exception malformed(String message) {
        return new SigV4Exception(new AuthFailure(AuthFailure.Kind.MALFORMED, message));
    }
}
