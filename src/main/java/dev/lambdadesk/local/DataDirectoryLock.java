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

    private static IOException inUse(Path directory) {
        return new IOException("The data directory " + directory + " is in use by another running LambdaDesk local "
                + "endpoint (the desktop app or the local-endpoint command). Stop that one, or give this one "
                + "another data directory (--data-dir).");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
            HELD.remove(directory);
        }
    }
}
