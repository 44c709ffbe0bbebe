package dev.lambdadesk.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The endpoint's key pair in an AWS profile file ({@code [lambdadesk-local]} with {@code aws_access_key_id},
 * {@code aws_secret_access_key}, {@code region}), created on first start with mode 0600 before the secret is written.
 */
public final class CredentialsFile {

    public static final String PROFILE = "lambdadesk-local";
    private static final String KEY_ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private CredentialsFile() {
    }

    /** Reads the key pair from {@code file}, creating the file with a new pair when it does not exist. */
    public static EndpointCredentials loadOrCreate(Path file, String region) throws IOException {
        if (Files.exists(file)) {
            return load(file);
        }
        EndpointCredentials generated = generate();
        try {
            write(file, generated, region);
            return generated;
        } catch (FileAlreadyExistsException e) {
            return load(file);
        }
    }

    public static EndpointCredentials load(Path file) throws IOException {
        Profile profile = ProfileFile.builder().content(file).type(ProfileFile.Type.CREDENTIALS).build()
                .profile(PROFILE)
                .orElseThrow(() -> new IOException(file + " has no [" + PROFILE + "] profile"));
        Map<String, String> properties = profile.properties();
        String keyId = properties.get("aws_access_key_id");
        String secret = properties.get("aws_secret_access_key");
        if (keyId == null || secret == null) {
            throw new IOException("The [" + PROFILE + "] profile in " + file
                    + " needs aws_access_key_id and aws_secret_access_key");
        }
        return new EndpointCredentials(keyId, secret);
    }

    static EndpointCredentials generate() {
        SecureRandom random = new SecureRandom();
        return new EndpointCredentials("AKIA" + randomText(random, KEY_ID_CHARACTERS, 16),
                randomText(random, SECRET_CHARACTERS, 40));
    }

    private static void write(Path file, EndpointCredentials credentials, String region) throws IOException {
        String content = "[" + PROFILE + "]\n"
                + "aws_access_key_id = " + credentials.accessKeyId() + "\n"
                + "aws_secret_access_key = " + credentials.secretAccessKey() + "\n"
                + "region = " + region + "\n";
        Path temporary = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try (FileChannel channel = createPrivate(temporary)) {
            ByteBuffer buffer = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Creates the file readable and writable by its owner only, from the moment it exists. */
    private static FileChannel createPrivate(Path file) throws IOException {
        EnumSet<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return FileChannel.open(file, options,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return FileChannel.open(file, options);
        }
    }

    private static String randomText(SecureRandom random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
