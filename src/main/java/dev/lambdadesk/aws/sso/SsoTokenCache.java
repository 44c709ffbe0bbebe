package dev.lambdadesk.aws.sso;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import software.amazon.awssdk.utils.UserHomeDirectoryUtils;

import dev.lambdadesk.core.PrivateFiles;

/**
 * The AWS CLI's token cache ({@code ~/.aws/sso/cache}): one JSON file per sign-in, named by the SHA-1 of the
 * sso-session's name (or of the start URL for the older form), with the fields the CLI writes, mode 0600. The CLI
 * and the SDK's token providers read the same files, so a sign-in made here serves {@code aws} and the other way
 * round.
 */
public final class SsoTokenCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A token as the cache holds it; {@code refreshToken} only when the service gave one. */
    public record CachedToken(String startUrl, String region, String accessToken, Instant expiresAt, String clientId,
                              String clientSecret, Instant registrationExpiresAt, Optional<String> refreshToken) {
        @Override
        public String toString() { // never the secrets, whoever logs it
            return "CachedToken[startUrl=" + startUrl + ", region=" + region + ", expiresAt=" + expiresAt + "]";
        }
    }

    private final Path directory;

    public SsoTokenCache(Path directory) {
        this.directory = directory;
    }

    /** The cache the AWS CLI uses: {@code ~/.aws/sso/cache} under the home directory the SDK uses (HOME first). */
    public static SsoTokenCache standard() {
        return new SsoTokenCache(Path.of(UserHomeDirectoryUtils.userHomeDirectory(), ".aws", "sso", "cache"));
    }

    /** The file the token of {@code session} is kept in. */
    public Path fileFor(SsoSession session) {
        return directory.resolve(sha1(session.cacheKey()) + ".json");
    }

    /** Writes the token atomically with mode 0600 (the folder, if created, 0700). */
    public Path write(SsoSession session, CachedToken token) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("startUrl", token.startUrl());
        root.put("region", token.region());
        root.put("accessToken", token.accessToken());
        root.put("expiresAt", timestamp(token.expiresAt()));
        root.put("clientId", token.clientId());
        root.put("clientSecret", token.clientSecret());
        root.put("registrationExpiresAt", timestamp(token.registrationExpiresAt()));
        token.refreshToken().ifPresent(r -> root.put("refreshToken", r));
        Path file = fileFor(session);
        PrivateFiles.writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        return file;
    }

    /** When the cached token of {@code session} expires; empty when there is none (or it cannot be read). */
    public Optional<Instant> expiresAt(SsoSession session) {
        Path file = fileFor(session);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            return Optional.of(Instant.parse(root.path("expiresAt").asText()));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** As the CLI writes it: UTC, whole seconds, e.g. 2025-01-01T08:00:00Z. */
    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-1", e);
        }
    }
}
