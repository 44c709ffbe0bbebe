package dev.lambdadesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import software.amazon.awssdk.services.lambda.LambdaClient;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;
import dev.lambdadesk.testing.WindowModels;
import dev.lambdadesk.ui.common.FxUiExecutor;
import dev.lambdadesk.ui.functions.explorer.FunctionListing;
import dev.lambdadesk.ui.shell.MainWindow;
import dev.lambdadesk.ui.shell.MainWindowModels;
import dev.lambdadesk.ui.shell.ShellViewModel;

/**
 * The function explorer at scale: an endpoint with 10,000 functions (made once through the SDK with 4 threads and
 * kept in the data directory), the real main window, then: the time from connecting to the table showing every
 * function (target 5 s), the FX thread's longest stall meanwhile (frame gaps, target 50 ms), the FX work per
 * keystroke while a 6-character filter is typed (target 16 ms), and resident memory (target 500 MB).
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.lambdadesk.bench.ExplorerScaleHarness
 * -Dbench.args="--headless"} (Monocle, no display needed), or with {@code DISPLAY=:96} under Xvfb and no
 * {@code --headless}. Other arguments: {@code --functions N}, {@code --data-dir DIR}, {@code --filter TEXT}, {@code --rounds N} (typing rounds, default 3).
 * With {@code -Dframes=true} on the JVM it also prints every frame gap and pulse of the load, and for each pulse over
 * 40 ms the methods on the FX thread's stack in it (sampled every millisecond).
 */
public final class ExplorerScaleHarness {

    private ExplorerScaleHarness() {
    }

    public static void main(String[] args) throws Exception {
        int functions = 10_000;
        Path dataDir = Path.of("target/scale-endpoint");
        String typed = "report";
        boolean headless = false;
        int rounds = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--functions" -> functions = Integer.parseInt(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--filter" -> typed = args[++i];
                case "--headless" -> headless = true;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        Files.createDirectories(dataDir);
        try (LocalEndpoint endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0)
                .withPendingMillis(0))) {
            fill(endpoint, functions);
            System.out.printf(Locale.ROOT, "resident memory with the endpoint loaded: %d MB%n", Memory.residentMb());
            measure(endpoint, dataDir, functions, typed, rounds);
        }
        System.exit(0);
    }

    private static void fill(LocalEndpoint endpoint, int functions) throws Exception {
        AwsClients clients = clients(endpoint);
        LambdaClient lambda = clients.lambda();
        int existing = ScaleFunctions.count(lambda);
        if (existing < functions) {
            long t0 = System.nanoTime();
            ScaleFunctions.create(lambda, existing, functions, 4);
            System.out.printf(Locale.ROOT, "created %,d functions (4 threads) in %.1f s%n", functions - existing,
                    (System.nanoTime() - t0) / 1e9);
        }
        clients.close();
    }

    private static AwsClients clients(LocalEndpoint endpoint) {
        return AwsClients.local(endpoint.endpointUri(), endpoint.credentials().accessKeyId(),
                endpoint.credentials().secretAccessKey(), endpoint.region());
    }

    private static void measure(LocalEndpoint endpoint, Path dataDir, int functions, String typed, int rounds)
            throws Exception {
        Platform.startup(() -> { });
        Session session = new Session();
        FxUiExecutor ui = new FxUiExecutor();
        MainWindowModels models = onFx(() -> WindowModels.of(new ShellViewModel(), session, ui, dataDir));
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            new MainWindow(models).show(s);
            return s;
        });
        Scene scene = stage.getScene();
        FrameMonitor monitor = onFx(() -> new FrameMonitor(scene));
        FunctionListing listing = models.functions().explorer().listing();
        onFx(() -> {
            monitor.start();
            return null;
        });
        Thread.sleep(1500); // the window settles; the monitor sees idle frames

        CompletableFuture<Long> loaded = new CompletableFuture<>();
        listing.loadingProperty().addListener((o, was, loading) -> {
            if (was && !loading) {
                Platform.requestNextPulse();
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        loaded.complete(System.nanoTime());
                        Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                    }
                });
            }
        });
        FrameMonitor.Mark beforeLoad = onFx(monitor::mark);
        long t0 = System.nanoTime();
        onFx(() -> {
            session.switchTo(new Session.Connection(new ConnectionSpec.Local(endpoint.region()), clients(endpoint)));
            return null;
        });
        long t1 = loaded.get(60, TimeUnit.SECONDS);
        Thread.sleep(300);
        double[] gaps = onFx(() -> monitor.gapsSince(beforeLoad));
        double[] pulses = onFx(() -> monitor.pulsesSince(beforeLoad));
        double[] pulseCpu = onFx(() -> monitor.pulseCpuSince(beforeLoad));
        int listed = onFx(() -> listing.allFunctions().size());
        if (Boolean.getBoolean("frames")) {
            for (int i = 0; i < gaps.length; i++) {
                System.out.printf(Locale.ROOT, "  frame %3d gap %6.1f%n", i, gaps[i]);
            }
            for (int i = 0; i < pulses.length; i++) {
                System.out.printf(Locale.ROOT, "  pulse %3d css+layout %6.1f cpu %6.1f%n", i, pulses[i], pulseCpu[i]);
            }
        }
        System.out.printf(Locale.ROOT, "explorer loaded %,d functions in %.2f s (target 5 s)%n", listed,
                (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "  frame gaps while loading: max %.1f ms, 99th percentile %.1f ms over %d "
                + "frames (target: no stall over 50 ms)%n", FrameMonitor.max(gaps), FrameMonitor.percentile(gaps, 99),
                gaps.length);
        System.out.printf(Locale.ROOT, "  CSS+layout per pulse while loading: max %.1f ms, 99th percentile %.1f ms; "
                + "FX thread CPU in it: max %.1f ms, 99th percentile %.1f ms%n", FrameMonitor.max(pulses),
                FrameMonitor.percentile(pulses, 99), FrameMonitor.max(pulseCpu), FrameMonitor.percentile(pulseCpu, 99));
        System.out.printf(Locale.ROOT, "resident memory with %,d functions shown: %d MB (target 500 MB), heap used "
                + "%d MB%n", listed, Memory.residentMb(), Memory.heapUsedMb());
        if (listed != functions) {
            throw new IllegalStateException("Listed " + listed + " of " + functions);
        }
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(Locale.ROOT, "typing round %d of %d%s:%n", round, rounds,
                    round == 1 ? " (the first time: its code runs for the first time)" : "");
            new FilterTyping(scene, monitor).type(typed);
        }
        onFx(() -> {
            monitor.stop();
            stage.hide();
            return null;
        });
        System.out.printf(Locale.ROOT, "resident memory at the end: %d MB, peak %d MB%n", Memory.residentMb(),
                Memory.peakResidentMb());
        session.close();
        ui.close();
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
