package dev.lambdadesk.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on an endpoint's data directory, held while the endpoint runs: a second endpoint (the desktop
 * app and the local-endpoint command share the default directory) refuses to start instead of sharing the state,
 * the blobs and their clean-up.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "endpoint.lock";

    /**
     * Directories locked by this JVM. File locks only keep other processes out, and closing any channel to a locked
     * file may release the lock (POSIX), so a second endpoint in the same JVM must be refused before it opens one.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or fails with a message that says what to do. */
    static DataDirectoryLock acquire(Path dataDir) throws IOException {
        Path directory = dataDir.toRealPath();
        if (!HELD.add(directory)) {
            throw inUse(directory);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(directory.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(directory);
            }
            return new DataDirectoryLock(directory, channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(directory);
            throw e instanceof IOException io ? io : inUse(directory);
        }
    }

    /** Writes the port the endpoint listens on into the lock file, so a second client can find the running one. */
    void advertise(int port) throws IOException {
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(("port=" + port + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0);
        channel.force(false);
    }

    /** The port a running endpoint advertised in {@code dataDir}, if one is running there. */
    static java.util.OptionalInt advertisedPort(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.US_ASCII).trim();
            if (text.startsWith("port=")) {
                int port = Integer.parseInt(text.substring("port=".length()).trim());
                if (port > 0 && port <= 65535) {
                    return java.util.OptionalInt.of(port);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // No advertisement: nothing running, or a file from an endpoint that stopped.
        }
        return java.util.OptionalInt.empty();
    }

    private static IOException inUse(Path directory) {
        return new DataDirectoryInUseException("The data directory " + directory + " is in use by another running LambdaDesk local "
                + "endpoint (the desktop app or the local-endpoint command). Stop that one, or give this one "
                + "another data directory (--data-dir).");
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
            HELD.remove(directory);
        }
    }
}
