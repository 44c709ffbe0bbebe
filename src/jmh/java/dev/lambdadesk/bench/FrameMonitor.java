package dev.lambdadesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Watches the FX thread: an {@link AnimationTimer} notes when each frame starts (so a frame that comes late shows
 * as a long gap: the FX thread was busy), and layout pulse listeners note how long each pulse's CSS and layout
 * took. Start it, stop it, read the numbers on the FX thread.
 */
final class FrameMonitor {

    private long[] frames = new long[1 << 16];
    private int frameCount;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long[] pulses = new long[1 << 16];
    private long[] pulseCpu = new long[1 << 16];
    private int pulseCount;
    private long pulseStart;
    private long pulseCpuStart;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (frameCount == frames.length) {
                frames = Arrays.copyOf(frames, frames.length * 2);
            }
            frames[frameCount++] = System.nanoTime();
        }
    };

    private static final boolean DIAG = Boolean.getBoolean("frames");
    private final java.util.concurrent.ConcurrentLinkedDeque<Object[]> samples = new java.util.concurrent.ConcurrentLinkedDeque<>();

    FrameMonitor(Scene scene) {
        if (DIAG) {
            Thread fx = Thread.currentThread();
            Thread sampler = new Thread(() -> {
                while (true) {
                    StackTraceElement[] st = fx.getStackTrace();
                    samples.addLast(new Object[] {System.nanoTime(), st});
                    while (samples.size() > 2000) {
                        samples.pollFirst();
                    }
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }
        scene.addPreLayoutPulseListener(() -> {
            pulseStart = System.nanoTime();
            pulseCpuStart = THREADS.getCurrentThreadCpuTime();
        });
        scene.addPostLayoutPulseListener(() -> {
            if (pulseStart != 0) {
                if (pulseCount == pulses.length) {
                    pulses = Arrays.copyOf(pulses, pulses.length * 2);
                    pulseCpu = Arrays.copyOf(pulseCpu, pulseCpu.length * 2);
                }
                long took = System.nanoTime() - pulseStart;
                if (DIAG && took > Long.getLong("frames.longms", 40) * 1_000_000L) {
                    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
                    int n = 0;
                    for (Object[] sample : samples) {
                        if ((long) sample[0] >= pulseStart) {
                            n++;
                            java.util.Set<String> seen = new java.util.HashSet<>();
                            for (StackTraceElement e : (StackTraceElement[]) sample[1]) {
                                String k = e.getClassName() + "." + e.getMethodName();
                                if (seen.add(k)) {
                                    counts.merge(k, 1, Integer::sum);
                                }
                            }
                        }
                    }
                    System.out.println("LONG PULSE " + took / 1_000_000 + " ms, " + n + " samples");

                    counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                            .limit(60).forEach(e -> System.out.println("   " + e.getValue() + " " + e.getKey()));
                }
                pulseCpu[pulseCount] = THREADS.getCurrentThreadCpuTime() - pulseCpuStart;
                pulses[pulseCount++] = took;
            }
        });
    }

    void start() {
        timer.start();
    }

    void stop() {
        timer.stop();
    }

    /** Where the next frame and pulse will be recorded: give it to {@link #gapsSince} and {@link #pulsesSince}. */
    Mark mark() {
        return new Mark(frameCount, pulseCount);
    }

    record Mark(int frame, int pulse) {
    }

    /** Frame-to-frame gaps (ms) recorded since {@code mark}, sorted. */
    double[] gapsSince(Mark mark) {
        int from = Math.max(1, mark.frame());
        double[] gaps = new double[Math.max(0, frameCount - from)];
        for (int i = from; i < frameCount; i++) {
            gaps[i - from] = (frames[i] - frames[i - 1]) / 1e6;
        }
        Arrays.sort(gaps);
        return gaps;
    }

    /** CSS plus layout time (ms) of each pulse since {@code mark}, sorted. */
    double[] pulsesSince(Mark mark) {
        double[] out = new double[pulseCount - mark.pulse()];
        for (int i = mark.pulse(); i < pulseCount; i++) {
            out[i - mark.pulse()] = pulses[i] / 1e6;
        }
        Arrays.sort(out);
        return out;
    }

    /** The FX thread's CPU time (ms) in each pulse's CSS and layout since {@code mark}, sorted: what the app itself
     *  costs, apart from waiting for a core on a busy machine. */
    double[] pulseCpuSince(Mark mark) {
        double[] out = new double[pulseCount - mark.pulse()];
        for (int i = mark.pulse(); i < pulseCount; i++) {
            out[i - mark.pulse()] = pulseCpu[i] / 1e6;
        }
        Arrays.sort(out);
        return out;
    }

    /** The FX thread's CPU time so far (ms); call on the FX thread. */
    static double cpuNow() {
        return THREADS.getCurrentThreadCpuTime() / 1e6;
    }

    static double max(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
