package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.testing.ChildJvm;

/** The jar's launcher: which commands get a second JVM, its command line, and the class-data cache it gets. */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void headlessCommandsAndHelpRunInTheFirstJvm() {
        assertThat(Launcher.runsHere(new String[] {"validate", "--operation", "CreateFunction", "r.json"})).isTrue();
        assertThat(Launcher.runsHere(new String[] {"local-endpoint", "--port", "4599"})).isTrue();
        assertThat(Launcher.runsHere(new String[] {"--help"})).isTrue();
        assertThat(Launcher.runsHere(new String[] {"--data-dir", "/tmp/d"})).isFalse();
    }

    @Test
    void theDesktopJvmGetsJavaFxAsModulesTheCacheAndTheArguments() {
        Path jar = dir.resolve("lambdadesk.jar");
        List<String> command = Launcher.desktopCommand(jar, dir.resolve("javafx"), List.of("-XX:AOTCache=c.aot"),
                new String[] {"--data-dir", "/tmp/d"});

        assertThat(command).containsSubsequence("--module-path", dir.resolve("javafx").toString(), "--add-modules",
                "javafx.controls,javafx.fxml", "-XX:AOTCache=c.aot", "-cp", jar.toString(),
                "dev.lambdadesk.app.Main", "--data-dir", "/tmp/d");
        if (Runtime.version().feature() >= 24) {
            assertThat(command).contains("--enable-native-access=javafx.graphics",
                    "--sun-misc-unsafe-memory-access=allow");
        }
    }

    @Test
    void onJdk25TheFirstStartRecordsAndLaterStartsMapTheCache() throws Exception {
        Path jar = Files.writeString(dir.resolve("lambdadesk.jar"), "jar");
        ClassDataCache first = ClassDataCache.beside(jar, Runtime.Version.parse("25.0.3+9-LTS"));
        assertThat(first.options()).contains("-XX:AOTMode=record",
                "-XX:AOTConfiguration=" + dir.resolve("lambdadesk-25.0.3_9_LTS.aotconf"), "-Xlog:aot*=off");
        assertThat(first.recording()).isTrue();

        Path cache = Files.writeString(dir.resolve("lambdadesk-25.0.3_9_LTS.aot"), "cache");
        ClassDataCache later = ClassDataCache.beside(jar, Runtime.Version.parse("25.0.3+9-LTS"));
        assertThat(later.options()).contains("-XX:AOTCache=" + cache).doesNotContain("-XX:AOTMode=record");
        assertThat(later.recording()).isFalse();
    }

    @Test
    void aCacheOlderThanTheJarIsRecordedAgain() throws Exception {
        Path jar = Files.writeString(dir.resolve("lambdadesk.jar"), "jar");
        Path cache = Files.writeString(dir.resolve("lambdadesk-25_9.aot"), "cache");
        Files.setLastModifiedTime(cache, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));

        ClassDataCache stale = ClassDataCache.beside(jar, Runtime.Version.parse("25+9"));

        assertThat(stale.options()).contains("-XX:AOTMode=record");
        assertThat(cache).doesNotExist();
    }

    @Test
    void beforeJdk25TheJvmKeepsADynamicArchive() throws Exception {
        Path jar = dir.resolve("lambdadesk.jar");
        ClassDataCache cache = ClassDataCache.beside(jar, Runtime.Version.parse("21.0.5+11"));
        assertThat(cache.options()).containsExactly("-XX:SharedArchiveFile=" + dir.resolve("lambdadesk.jsa"),
                "-XX:+AutoCreateSharedArchive", "-Xlog:cds*=off");
        assertThat(ClassDataCache.isCacheOption("-XX:SharedArchiveFile=x.jsa")).isTrue();
        assertThat(ClassDataCache.isCacheOption("-Xmx1g")).isFalse();
    }

    /** A kill of {@code java -jar} stops the app's JVM too, and prints nothing (it once printed a stack trace). */
    @Test
    void killingTheLauncherStopsTheAppAndPrintsNothing() throws Exception {
        Path out = dir.resolve("launcher.out");
        Process launcher = ChildJvm.start(SupervisedApp.class, out);
        long[] child = {0};
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            String printed = Files.exists(out) ? Files.readString(out).trim() : "";
            if (printed.startsWith("supervising ")) {
                child[0] = Long.parseLong(printed.substring("supervising ".length()).lines().findFirst().orElseThrow());
            }
            return child[0] != 0;
        });

        launcher.destroy(); // SIGTERM, as a kill or a closed terminal sends
        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readString(out).trim()).isEqualTo("supervising " + child[0]);
        var app = ProcessHandle.of(child[0]);
        if (app.isPresent()) { // it was told to stop; it may take a moment to end
            app.get().onExit().get(30, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(child[0]).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }
}
