package dev.lambdadesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The class-data cache the launcher gives the desktop app's JVM, beside the jar: the classes (and on JDK 25 their
 * linking and profiles) of one start, mapped on the next instead of being read, verified and linked again.
 * <ul>
 *   <li>JDK 25 and newer: an ahead-of-time cache ({@code lambdadesk-<jdk>.aot}). The first start records which
 *       classes it used; when it exits normally the cache is made from that record (a few seconds, once); later
 *       starts map it. A new jar makes it stale, and it is recorded again.</li>
 *   <li>JDK 21 to 24: a dynamic class-data sharing archive ({@code lambdadesk.jsa}) that the JVM writes when the app
 *       first exits and rewrites when it no longer fits the jar or the JDK.</li>
 * </ul>
 * The JVM's notes about classes it leaves out (old class-file versions, proxies) are turned off: they are about the
 * libraries, and nothing a person can act on.
 */
final class ClassDataCache {

    private final Path jar;
    private final Path cache;
    private final Path record;
    private final boolean aot;
    private boolean recording;

    private ClassDataCache(Path jar, Path cache, Path record, boolean aot) {
        this.jar = jar;
        this.cache = cache;
        this.record = record;
        this.aot = aot;
    }

    /** The cache for {@code jar} on a JDK of {@code version}. */
    static ClassDataCache beside(Path jar, Runtime.Version version) {
        if (version.feature() >= 25) {
            String name = "lambdadesk-" + version.toString().replaceAll("[^A-Za-z0-9.]", "_");
            return new ClassDataCache(jar, jar.resolveSibling(name + ".aot"), jar.resolveSibling(name + ".aotconf"),
                    true);
        }
        return new ClassDataCache(jar, jar.resolveSibling("lambdadesk.jsa"), null, false);
    }

    /** Whether a JVM option is about class-data sharing (the launcher sets those itself). */
    static boolean isCacheOption(String option) {
        return option.startsWith("-XX:SharedArchiveFile") || option.equals("-XX:+AutoCreateSharedArchive")
                || option.startsWith("-XX:AOT") || option.startsWith("-XX:ArchiveClassesAtExit")
                || option.startsWith("-Xshare");
    }

    /** The JVM options for this start: map the cache if it fits the jar, else record one. */
    List<String> options() throws IOException {
        if (!aot) {
            return List.of("-XX:SharedArchiveFile=" + cache, "-XX:+AutoCreateSharedArchive", "-Xlog:cds*=off");
        }
        List<String> options = new ArrayList<>(List.of("-Xlog:aot*=off", "-Xlog:cds*=off"));
        if (fitsJar()) {
            options.add("-XX:AOTCache=" + cache);
        } else {
            Files.deleteIfExists(cache);
            recording = true;
            options.add("-XX:AOTMode=record");
            options.add("-XX:AOTConfiguration=" + record);
        }
        return options;
    }

    /** Whether this start records (call after {@link #options()}). */
    boolean recording() {
        return recording;
    }

    /**
     * After a start that recorded and exited normally: makes the cache from the record, with the same command line
     * (the JVM checks that the class and module paths match), into a temporary file renamed when complete.
     */
    void finish(List<String> command) throws IOException, InterruptedException {
        if (!recording || !Files.isRegularFile(record)) {
            return;
        }
        Path partial = cache.resolveSibling(cache.getFileName() + ".part");
        List<String> create = new ArrayList<>();
        for (String part : command) {
            if (part.equals("-XX:AOTMode=record")) {
                create.add("-XX:AOTMode=create");
                create.add("-XX:AOTCache=" + partial);
            } else {
                create.add(part);
            }
        }
        Process maker = new ProcessBuilder(create).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (maker.waitFor() == 0 && Files.isRegularFile(partial)) {
            Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.deleteIfExists(partial);
        Files.deleteIfExists(record);
    }

    private boolean fitsJar() throws IOException {
        return Files.isRegularFile(cache)
                && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) >= 0;
    }
}
