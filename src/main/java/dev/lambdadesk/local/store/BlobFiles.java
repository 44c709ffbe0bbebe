package dev.lambdadesk.local.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** The files of the blob store: {@code dir/<first two hex chars>/<id>}, written by temporary file and rename. */
final class BlobFiles {

    private final Path dir;

    BlobFiles(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    boolean exists(String id) {
        return Files.exists(path(id));
    }

    Optional<byte[]> read(String id) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(path(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes through a temporary file and an atomic rename, which replaces an existing file (one left from before a
     * crash may have lost its bytes); {@code durable} fsyncs the file before and its directory after the rename.
     */
    void write(String id, byte[] bytes, boolean durable) throws IOException {
        Path target = path(id);
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            StoreFiles.syncDirectory(dir);
        }
        Path temporary = folder.resolve(id + "." + UUID.randomUUID() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (durable) {
                channel.force(true);
            }
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (durable) {
            StoreFiles.syncDirectory(folder);
        }
    }

    /** Fsyncs the files of {@code ids} that exist, then their directories. */
    void force(Set<String> ids) throws IOException {
        Set<Path> folders = new HashSet<>();
        for (String id : ids) {
            Path file = path(id);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
                folders.add(file.getParent());
            } catch (NoSuchFileException e) {
                // Collected as unreferenced meanwhile: nothing to keep.
            }
        }
        for (Path folder : folders) {
            StoreFiles.syncDirectory(folder);
        }
    }

    /**
     * Deletes every file (blob or leftover temporary file) not named in {@code referenced}, leaving the folder
     * {@code skipped} alone; returns how many.
     */
    int retainOnly(Set<String> referenced, Path skipped) throws IOException {
        int count = 0;
        try (Stream<Path> files = Files.walk(dir, 2)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(skipped)).toList()) {
                String name = file.getFileName().toString();
                if (!referenced.contains(name)) {
                    Files.deleteIfExists(file);
                    count++;
                }
            }
        }
        return count;
    }

    private Path path(String id) {
        return dir.resolve(id.substring(0, 2)).resolve(id);
    }
}
