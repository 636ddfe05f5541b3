package org.offloadlab.dma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A time series of accounting snapshots for charts and the UI: the caller passes the time, the sampler keeps one sample
 * per interval. Memory is bounded: when {@code maxSamples} are held, every second sample is dropped and the interval
 * doubles, so a run of any length keeps an evenly spaced series.
 */
public final class AccountingSampler {

    private final int maxSamples;
    private final boolean perGroup;
    private long interval;
    private long next = Long.MIN_VALUE;
    private final List<AccountingSnapshot> samples = new ArrayList<>();

    /**
     * @param intervalNanos
     *            time between samples (> 0)
     * @param maxSamples
     *            samples kept before decimation (≥ 2)
     * @param perGroup
     *            whether each sample keeps the group rows, or only the total
     */
    public AccountingSampler(long intervalNanos, int maxSamples, boolean perGroup) {
        if (intervalNanos <= 0 || maxSamples < 2) {
            throw new IllegalArgumentException("need interval > 0 and maxSamples >= 2");
        }
        this.interval = intervalNanos;
        this.maxSamples = maxSamples;
        this.perGroup = perGroup;
    }

    /** Takes a sample if the interval has passed since the last one; returns whether it did. */
    public boolean sample(DmaManager manager, long now) {
        if (now < next) {
            return false;
        }
        AccountingSnapshot s = manager.snapshot(now);
        if (!perGroup) {
            s = new AccountingSnapshot(s.time(), s.total(), List.of(), s.pools(), s.batchSizes());
        }
        if (samples.size() == maxSamples) {
            for (int i = 0; i < maxSamples / 2; i++) {
                samples.set(i, samples.get(2 * i));
            }
            samples.subList(maxSamples / 2, maxSamples).clear();
            interval *= 2;
        }
        samples.add(s);
        next = now + interval;
        return true;
    }

    /** The samples, oldest first. */
    public List<AccountingSnapshot> samples() {
        return List.copyOf(samples);
    }

    /** The current sampling interval (grows by decimation). */
    public long interval() {
        return interval;
    }

    /** The CSV text of the series (see {@link #writeCsv}). */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        writeCsv(b);
        return b.toString();
    }

    /**
     * Writes one row per sample and group (the total as group -1 first): time, group, name, state, members, buffers and
     * bytes held, pinned bytes, fill ratio, batching latency p50/p99 (ns), then every {@link Counter} by name.
     */
    public void writeCsv(Appendable out) {
        try {
            out.append("time_ns,group,name,state,members,buffers_held,bytes_held,pinned_bytes,fill_ratio,"
                    + "latency_p50_ns,latency_p99_ns");
            for (Counter c : Counter.values()) {
                out.append(',').append(c.name().toLowerCase(Locale.ROOT));
            }
            out.append('\n');
            for (AccountingSnapshot s : samples) {
                row(out, s.time(), s.total());
                for (GroupStats g : s.groups()) {
                    row(out, s.time(), g);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the accounting series failed", e);
        }
    }

    private static void row(Appendable out, long time, GroupStats g) throws IOException {
        Histogram lat = g.latency();
        out.append(Long.toString(time)).append(',').append(Integer.toString(g.group())).append(',')
                .append(Csv.field(g.name())).append(',').append(g.state().name()).append(',')
                .append(Integer.toString(g.members())).append(',').append(Long.toString(g.buffersHeld())).append(',')
                .append(Long.toString(g.bytesHeld())).append(',').append(Long.toString(g.pinnedBytes())).append(',')
                .append(String.format(Locale.ROOT, "%.4f", g.fillRatio())).append(',')
                .append(Long.toString(lat.percentile(0.5))).append(',').append(Long.toString(lat.percentile(0.99)));
        for (Counter c : Counter.values()) {
            out.append(',').append(Long.toString(g.count(c)));
        }
        out.append('\n');
    }
}
