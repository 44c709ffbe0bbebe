package dev.lambdadesk.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an endpoint's data directory, held while the endpoint runs: a second endpoint (the desktop
 * app and the local-endpoint command share the default directory) refuses to start instead of sharing the state,
 * the blobs and their clean-up.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "endpoint.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or fails with a message that says what to do. */
    static DataDirectoryLock acquire(Path dataDir) throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("The data directory " + dataDir.toAbsolutePath() + " is in use by another running "
                    + "LambdaDesk local endpoint (the desktop app or the local-endpoint command). Stop that one, "
                    + "or give this one another data directory (--data-dir).");
        }
        return new DataDirectoryLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
