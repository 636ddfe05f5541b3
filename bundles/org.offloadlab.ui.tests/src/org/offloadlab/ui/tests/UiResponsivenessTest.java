package org.offloadlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.offloadlab.experiment.Templates;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.ShortConnectionsWorkload;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.experiment.ExperimentSession;
import org.offloadlab.ui.internal.experiment.RunSnapshot;
import org.offloadlab.ui.internal.experiment.RunState;
import org.offloadlab.ui.internal.results.ChartWarmup;

/**
 * Measures, not asserts, how responsive the workbench stays while an experiment with 100,000 connections runs and its
 * results reach the views: a {@code Display.timerExec} probe asks to run every 10 ms and records how late each run is;
 * the largest lateness is the longest time the UI thread was busy. Off in normal builds (it takes ~20 s);
 * {@code -Doffloadlab.ui.measure=true} enables it. The numbers go to {@code target/ui-responsiveness.txt} and, with
 * machine, date and load, into docs/PERFORMANCE.md.
 */
@EnabledIfSystemProperty(named = "offloadlab.ui.measure", matches = "true")
class UiResponsivenessTest {

    private static final int PERIOD_MS = 10;
    private static final int CONNECTIONS = 100_000;

    private final long[] lateness = new long[1 << 20];
    private final long[] at = new long[1 << 20];
    private long probeStart;
    private int samples;
    private int runSamples;
    private volatile long due;
    private volatile boolean probing;
    /** What the UI thread was doing while it was late by more than {@link #SAMPLE_AFTER_MS}: stack → samples. */
    private final java.util.Map<String, Integer> busyStacks = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SAMPLE_AFTER_MS = 40;

    @Test
    void uiThreadStaysResponsiveWhileOneHundredThousandConnectionsRun() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        IWorkbenchPage page = window.getActivePage();
        Display display = window.getShell().getDisplay();
        ExperimentSession session = window.getService(ExperimentSession.class);
        // The live chart is the busiest view while the run lasts: it is on top of its stack.
        for (String view : new String[]{UiIds.BUFFER_GROUPS_VIEW, UiIds.RECOVERY_TIMELINE_VIEW,
                UiIds.COMPARE_RUNS_VIEW, UiIds.OFFLOAD_CONNECTIONS_VIEW, UiIds.TRAFFIC_VIEW}) {
            page.showView(view);
        }
        // Short connections at 250/s: one peer's 16,384 ephemeral ports recycle after TIME_WAIT.
        Experiment e = Templates.create("establishment");
        ShortConnectionsWorkload w = (ShortConnectionsWorkload) e.getWorkload();
        w.setConnections(CONNECTIONS);
        w.setRatePerSecond(250);
        e.setDurationMillis(420_000);
        e.getTopology().getAdapters().get(0).getCapabilities().setTableCapacity(CONNECTIONS);

        // the workbench prepares its charts in the background from start-up (about half a second); a user needs longer
        // than that to open an experiment and press Run
        UiWait.until(display, Duration.ofMinutes(1), "the chart warm-up ends",
                () -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(ChartWarmup.FAMILY).length == 0);
        RunSnapshot before = session.current();
        long start = System.nanoTime();
        startProbe(display);
        startWatchdog(display);
        session.run(e, null);
        UiWait.until(display, Duration.ofMinutes(10), "the run ends and its results are shown",
                () -> session.current() != before && session.current().state() == RunState.DONE
                        && !session.isRunning());
        runSamples = samples;
        // then the user looks at the results: every view renders them, the connections table with all its rows
        for (String view : new String[]{UiIds.OFFLOAD_CONNECTIONS_VIEW, UiIds.BUFFER_GROUPS_VIEW,
                UiIds.RECOVERY_TIMELINE_VIEW, UiIds.COMPARE_RUNS_VIEW, UiIds.TRAFFIC_VIEW}) {
            page.showView(view);
            UiWait.settle(display, Duration.ofSeconds(1));
        }
        probing = false;
        long wall = System.nanoTime() - start;

        RunSnapshot done = session.current();
        assertEquals(CONNECTIONS, (long) done.results().getMetrics().stream()
                .filter(m -> m.getName().equals("connections_established")).findFirst().orElseThrow().getValue());
        assertTrue(samples > 100, "the probe ran " + samples + " times");
        long[] sorted = Arrays.copyOf(lateness, samples);
        Arrays.sort(sorted);
        long runMax = Arrays.stream(lateness, 0, runSamples).max().orElse(0);
        long viewMax = Arrays.stream(lateness, runSamples, samples).max().orElse(0);
        long over100 = Arrays.stream(lateness, 0, samples).filter(l -> l > 100_000_000L).count();
        String report = String.format(Locale.ROOT,
                "ui-responsiveness: connections=%d wall=%.1f s probe=%d ms samples=%d "
                        + "lateness p50=%.1f ms p99=%.1f ms max=%.1f ms (while running %.1f ms, showing results %.1f ms) "
                        + ">100ms=%d refresh=%d ms%n"
                        + "date=%s host=%s cpus=%d load=%.2f java=%s%n",
                CONNECTIONS, wall / 1e9, PERIOD_MS, samples, sorted[samples / 2] / 1e6,
                sorted[(int) (samples * 0.99)] / 1e6, sorted[samples - 1] / 1e6, runMax / 1e6, viewMax / 1e6,
                over100, session.preferences().refreshMillis(), Instant.now(), host(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"));
        StringBuilder slow = new StringBuilder();
        for (int i = 0; i < samples; i++) {
            if (lateness[i] > 100_000_000L) {
                slow.append(String.format(Locale.ROOT, " %.0fms@%.1fs%s", lateness[i] / 1e6, at[i] / 1e9,
                        i >= runSamples ? "(results)" : ""));
            }
        }
        report += "late >100 ms:" + slow + System.lineSeparator();
        StringBuilder stacks = new StringBuilder();
        busyStacks.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                .forEach(en -> stacks.append(String.format(Locale.ROOT, "  %d samples (~%d ms):%n%s", en.getValue(),
                        en.getValue() * 5, en.getKey())));
        report += "UI thread while late > " + SAMPLE_AFTER_MS + " ms, most sampled stacks (every 5 ms):"
                + System.lineSeparator() + stacks;
        System.out.print(report);
        Path out = Screenshots.dir().getParent().resolve("ui-responsiveness.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * A watchdog samples the UI thread's stack every 5 ms while the probe is overdue, so a stall names its cause (the
     * top frames, down to the first OffloadLab frame).
     */
    private void startWatchdog(Display display) {
        Thread ui = display.getThread();
        Thread t = new Thread(() -> {
            while (probing) {
                if ((System.nanoTime() - due) / 1_000_000L > SAMPLE_AFTER_MS) {
                    StackTraceElement[] st = ui.getStackTrace();
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < st.length && i < 40; i++) {
                        b.append("    ").append(st[i]).append(System.lineSeparator());
                        if (i >= 6 && st[i].getClassName().startsWith("org.offloadlab")) {
                            break;
                        }
                    }
                    busyStacks.merge(b.toString(), 1, Integer::sum);
                }
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000L);
            }
        }, "ui-watchdog");
        t.setDaemon(true);
        t.start();
    }

    private void startProbe(Display display) {
        probing = true;
        probeStart = System.nanoTime();
        due = System.nanoTime() + PERIOD_MS * 1_000_000L;
        display.timerExec(PERIOD_MS, new Runnable() {
            @Override
            public void run() {
                long now = System.nanoTime();
                if (samples < lateness.length) {
                    at[samples] = now - probeStart;
                    lateness[samples++] = Math.max(0, now - due);
                }
                if (probing) {
                    due = now + PERIOD_MS * 1_000_000L;
                    display.timerExec(PERIOD_MS, this);
                }
            }
        });
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
