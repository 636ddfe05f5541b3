package org.offloadlab.dma;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded random workload over a small manager (tiny pools, so every exhaustion policy triggers): opens, closes,
 * receives with PSH/URG, posted zero-copy buffers, reads, buffered and zero-copy sends, partial transmits and
 * acknowledgements, polls, reclassification, and group resize / retire / create while traffic runs. After every
 * operation the {@link DmaInvariantChecker} checks everything.
 */
public final class RandomWorkload {

    static final int CONNECTIONS = 24;

    private final SplittableRandom r;
    private final DmaInvariantChecker checker = new DmaInvariantChecker(CONNECTIONS);
    private final DmaManager m;
    private final long[] placed = new long[CONNECTIONS];
    private long now;
    private int last;
    private int borrowGroup;
    private int shrinkGroup;
    private int dropGroup;

    /** A workload for {@code seed}; {@code batchSize} and {@code expedited} vary the delayed-DMA settings. */
    public RandomWorkload(long seed, int batchSize, boolean expedited) {
        r = new SplittableRandom(seed);
        DmaConfig config = DmaConfig.defaults().toBuilder().maxConnections(CONNECTIONS)
                .pools(List.of(new PoolSpec(512, 48), new PoolSpec(2048, 24), new PoolSpec(8192, 8)))
                .defaultGroup(GroupConfig.of("default", 1, 2, 16, ExhaustionPolicy.SHRINK_WINDOW))
                .batchSize(batchSize).maxBatchDelayNanos(30_000)
                // mostly a real flush timer, so partial buffers stay open across the next operations
                .rxFlushNanos(r.nextInt(8) == 0 ? 0 : 2_000 + r.nextInt(20_000))
                .zeroCopySendThreshold(1500).expeditedEnabled(expedited).build();
        m = new DmaManager(config, checker);
        borrowGroup = m.createGroup(GroupConfig.of("borrow", 0, 4, 12, ExhaustionPolicy.BORROW_DEFAULT), now);
        shrinkGroup = m.createGroup(GroupConfig.of("shrink", 0, 2, 10, ExhaustionPolicy.SHRINK_WINDOW), now);
        dropGroup = m.createGroup(GroupConfig.of("drop", 2, 1, 4, ExhaustionPolicy.DROP).withExpedited(true), now);
        setRules();
    }

    private void setRules() {
        m.setRules(List.of(GroupRule.to(dropGroup).withLocalPorts(7000, 7999),
                GroupRule.to(borrowGroup).withRemote(AddressPrefix.parse("10.1.0.0/16")),
                GroupRule.to(shrinkGroup).withSizeClasses(1, 3)));
    }

    /** Runs {@code steps} random operations, then drains; returns the accounting trace hash. */
    public long run(int steps) {
        for (int i = 0; i < steps; i++) {
            // mostly sub-microsecond gaps, sometimes long ones: partial buffers, batches and timers overlap the
            // following operations instead of always having expired
            now += r.nextInt(8) == 0 ? r.nextInt(40_000) : r.nextInt(1_000);
            step();
            checker.check(m, now);
        }
        drain();
        return checker.traceHash();
    }

    private void step() {
        // bursts on one connection (a segment train) reach its partly filled buffer and posted buffers before the
        // flush timer does; the uniform choice alone spaced a connection's operations ~100 µs apart
        int c = r.nextInt(4) != 0 ? last : r.nextInt(CONNECTIONS);
        last = c;
        int op = r.nextInt(100);
        if (!m.isOpen(c)) {
            if (m.connections().outstanding[c] == 0 && op < 60) {
                open(c);
            } else {
                m.read(c, r.nextInt(8000), now);
            }
            return;
        }
        if (op < 35) {
            int flags = (r.nextInt(5) == 0 ? RxFlags.PSH : 0) | (r.nextInt(40) == 0 ? RxFlags.URG : 0);
            int len = 1 + r.nextInt(r.nextInt(6) == 0 ? 9000 : 1460);
            long window = m.advertisableWindow(c);
            int got = m.receive(c, len, flags, now);
            placed[c] += got;
            // the advertised window is a promise: data within it is always placed
            if (got > len || got < 0 || (window >= len && got != len)) {
                throw new AssertionError("placed " + got + " of " + len + " with window " + window);
            }
        } else if (op < 45) {
            m.read(c, r.nextInt(6000), now);
        } else if (op < 55) {
            if (m.connections().has(c, ConnectionTable.ZERO_COPY_RX)) {
                m.postReceiveBuffer(c, 256 + r.nextInt(4000), now);
            }
        } else if (op < 65) {
            m.send(c, 1 + r.nextInt(r.nextBoolean() ? 1400 : 6000), SendMode.values()[r.nextInt(3)], now);
        } else if (op < 72) {
            m.transmit(c, r.nextInt(5000), now);
        } else if (op < 79) {
            long[] s = m.streamOffsets(c);
            m.acknowledge(c, s[5] + (s[4] == s[5] ? 0 : r.nextLong(s[4] - s[5] + 1)), now);
        } else if (op < 88) {
            m.poll(now);
        } else if (op < 91) {
            m.close(c, now);
        } else if (op < 94) {
            m.reclassify(c, attributes(c).withClasses(r.nextInt(4), r.nextInt(3)), now);
        } else if (op < 96) {
            int g = 1 + r.nextInt(m.groupCount() - 1);
            if (m.group(g).state() == GroupState.ACTIVE) {
                int quota = 1 + r.nextInt(12);
                m.resizeGroup(g, r.nextInt(quota + 1), quota, now);
            }
        } else if (op < 97) {
            retireAndReplace();
        } else {
            int[] members = m.members(m.groupOf(c));
            boolean found = false;
            for (int x : members) {
                found |= x == c;
            }
            if (!found) {
                throw new AssertionError("connection " + c + " missing from the members of its group");
            }
        }
    }

    private void retireAndReplace() {
        int which = r.nextInt(3);
        int old = which == 0 ? borrowGroup : which == 1 ? shrinkGroup : dropGroup;
        GroupConfig cfg = m.group(old).config();
        m.retireGroup(old, now);
        int fresh = m.createGroup(cfg, now);
        if (which == 0) {
            borrowGroup = fresh;
        } else if (which == 1) {
            shrinkGroup = fresh;
        } else {
            dropGroup = fresh;
        }
        setRules();
    }

    private ConnectionAttributes attributes(int c) {
        int port = c % 3 == 0 ? 7000 + c : 80;
        IpAddress remote = IpAddress.ipv4((10 << 24) | ((c % 2 + 1) << 16) | c);
        return new ConnectionAttributes(port, remote, c % 5, c % 4, 0, 0);
    }

    private void open(int c) {
        checker.opened(c);
        placed[c] = 0;
        m.open(c, attributes(c), new ConnectionOptions(r.nextBoolean(), r.nextBoolean()), now);
    }

    private void drain() {
        now += 1_000_000;
        m.flush(now);
        for (int c = 0; c < CONNECTIONS; c++) {
            m.read(c, Integer.MAX_VALUE, now);
            if (placed[c] != m.streamOffsets(c)[0]) {
                throw new AssertionError("connection " + c + ": receive() reported " + placed[c] + " placed, the "
                        + "manager counts " + m.streamOffsets(c)[0]);
            }
        }
        checker.check(m, now);
        checker.finish(m);
    }

    /** The manager under test. */
    public DmaManager manager() {
        return m;
    }
}
