package org.offloadlab.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong();

    private ConsoleProgress progress(boolean terminal) {
        return new ConsoleProgress(new PrintStream(err, true, StandardCharsets.UTF_8), terminal, now::get);
    }

    private String printed() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quietWhenNotATerminal() {
        ConsoleProgress p = progress(false);
        p.begin("reading", 1000);
        now.set(5_000_000_000L);
        p.worked(500);
        p.clear();
        assertEquals("", printed());
    }

    @Test
    void quickWorkShowsNoBar() {
        ConsoleProgress p = progress(true);
        p.begin("reading", 1000);
        now.set(ConsoleProgress.DELAY_NANOS - 1);
        p.worked(999);
        assertEquals("", printed());
    }

    @Test
    void slowWorkShowsABarThrottledAndClearsIt() {
        ConsoleProgress p = progress(true);
        p.begin("reading", 200_000_000);
        now.set(1_000_000_000L);
        p.worked(100_000_000);
        assertTrue(printed().startsWith("\rreading [###############...............]  50%  100.0/200.0 MB  100 MB/s"),
                printed());
        int length = printed().length();
        now.addAndGet(ConsoleProgress.REDRAW_NANOS / 2);
        p.worked(110_000_000);
        assertEquals(length, printed().length(), "not redrawn within the throttle interval");
        now.addAndGet(ConsoleProgress.REDRAW_NANOS);
        p.worked(120_000_000);
        assertTrue(printed().length() > length);
        p.clear();
        assertTrue(printed().endsWith("\r"), "cursor back at column 0 on a blank line");
    }

    @Test
    void cancellationIsSticky() {
        ConsoleProgress p = progress(true);
        assertEquals(false, p.isCancelled());
        p.cancel();
        assertEquals(true, p.isCancelled());
    }
}
