package dev.lambdadesk.bench;

import java.util.Locale;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Types into the explorer's filter as a person does, and measures the FX work each keystroke causes. */
record FilterTyping(Scene scene, FrameMonitor monitor) {

    void type(String text) throws Exception {
        TextField filter = ExplorerScaleHarness.onFx(() -> (TextField) scene.lookup("#function-filter"));
        double worst = 0;
        double worstCpu = 0;
        for (int i = 0; i < text.length(); i++) {
            double[] took = keystroke(filter, text.substring(i, i + 1), KeyCode.UNDEFINED);
            worst = Math.max(worst, took[0]);
            worstCpu = Math.max(worstCpu, took[1]);
        }
        System.out.printf(Locale.ROOT, "filter \"%s\" typed: worst keystroke %.1f ms of FX work, %.1f ms of FX CPU "
                + "(target 16 ms)%n", text, worst, worstCpu);
        double[] clear = keystroke(filter, null, KeyCode.ESCAPE);
        System.out.printf(Locale.ROOT, "filter cleared (Escape, all rows back): %.1f ms of FX work%n", clear[0]);
    }

    /**
     * Handler time plus the CSS and layout of the pulses that follow, until the FX thread is idle again; and the
     * FX thread's CPU time in the same work.
     */
    private double[] keystroke(TextField filter, String ch, KeyCode code) throws Exception {
        FrameMonitor.Mark mark = ExplorerScaleHarness.onFx(monitor::mark);
        double[] handlerCpu = new double[1];
        double handler = ExplorerScaleHarness.onFx(() -> {
            double c0 = FrameMonitor.cpuNow();
            long s = System.nanoTime();
            if (ch != null) {
                Event.fireEvent(filter, new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false,
                        false, false, false));
            } else {
                Event.fireEvent(filter, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false,
                        false));
            }
            handlerCpu[0] = FrameMonitor.cpuNow() - c0;
            return (System.nanoTime() - s) / 1e6;
        });
        Thread.sleep(150); // a person's pace; the pulses after the keystroke happen meanwhile
        double[] pulses = ExplorerScaleHarness.onFx(() -> monitor.pulsesSince(mark));
        double[] gaps = ExplorerScaleHarness.onFx(() -> monitor.gapsSince(mark));
        double[] pulseCpu = ExplorerScaleHarness.onFx(() -> monitor.pulseCpuSince(mark));
        double layout = 0;
        for (double p : pulses) {
            layout += p;
        }
        double cpu = handlerCpu[0];
        for (double p : pulseCpu) {
            cpu += p;
        }
        String shown = ExplorerScaleHarness.onFx(() -> scene.lookup("#explorer-status") instanceof Label l
                ? l.getText() : "");
        System.out.printf(Locale.ROOT, "  key %-6s handler %5.1f ms + CSS/layout %5.1f ms = %5.1f ms (FX CPU %5.1f ms);"
                + " longest frame gap %5.1f ms; %s%n", ch == null ? code.getName() : "'" + ch + "'", handler,
                layout, handler + layout, cpu, FrameMonitor.max(gaps), shown);
        return new double[] {handler + layout, cpu};
    }
}
