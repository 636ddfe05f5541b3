package org.offloadlab.dma;

import java.util.ArrayList;
import java.util.List;

/**
 * A workload over a small manager (tiny pools, so every exhaustion policy triggers), given as a {@link Setup} and an
 * explicit list of {@link Op operations} rather than a seed, so that jqwik can shrink a failing workload by dropping
 * operations and simplifying their parameters. Operations: receives with PSH/URG, posted zero-copy buffers, reads,
 * buffered and zero-copy sends, partial transmits and acknowledgements, polls, closes (an operation on a closed slot
 * reopens it), reclassification, and group resize / retire / re-create while traffic runs. After every operation the
 * {@link DmaInvariantChecker} checks everything; {@link #run} ends by draining and checking that nothing was lost.
 */
public final class DmaWorkload {

    /** Most connection slots a setup may use; operations name slots modulo the setup's count. */
    static final int MAX_CONNECTIONS = 24;

    /** {@link Op#conn} value meaning "the connection of the previous operation": a segment train on one connection. */
    static final int SAME = -1;

    /** What an operation does; its parameters {@link Op#a} and {@link Op#b} are read as documented per kind. */
    public enum Kind {
        /** a = length, b = flag bits ({@link RxFlags}). */
        RECEIVE,
        /** a = most bytes to read. */
        READ,
        /** a = size of the posted application buffer (zero-copy receive connections only). */
        POST,
        /** a = length, b = {@link SendMode} ordinal. */
        SEND,
        /** a = most bytes the adapter transmits. */
        TRANSMIT,
        /** a = per mille of the transmitted but unacknowledged bytes that the peer acknowledges. */
        ACK,
        /** Delivers due batches and timers. */
        POLL,
        /** Closes the connection. */
        CLOSE,
        /** a = size class, b = age class. */
        RECLASSIFY,
        /** conn picks the non-default group, a = quota, b = reserve (both clamped to the group's rules). */
        RESIZE,
        /** a picks the group (borrow, shrink, drop) retired and re-created with the same configuration. */
        RETIRE,
        /** Checks that the connection is listed among its group's members. */
        MEMBERS
    }

    /**
     * One operation.
     *
     * @param gap
     *            virtual nanoseconds since the previous operation
     * @param conn
     *            connection slot or {@link #SAME}
     * @param opts
     *            bit 0 zero-copy receive, bit 1 latency-sensitive: the options if this operation reopens the slot
     */
    public record Op(Kind kind, int conn, int gap, int a, int b, int opts) {
        @Override
        public String toString() {
            return kind + "(" + (conn == SAME ? "same" : "c" + conn) + ",+" + gap + "ns," + a + "," + b + "," + opts
                    + ")";
        }
    }

    /**
     * The manager's configuration: pool capacities (512 B, 2 KiB and 8 KiB buffers), the quotas of the default group
     * and of the borrowing, window-shrinking and dropping groups, the order of their selection rules, and the
     * delayed-DMA settings.
     *
     * @param ruleOrder
     *            a permutation of 0 (drop: local ports 7000-7999), 1 (borrow: remote 10.1/16), 2 (shrink: size classes
     *            1-3); first match wins
     * @param rxFlushNanos
     *            0 = a partial receive buffer is handed over at once, otherwise after this delay
     */
    public record Setup(int connections, int smallBuffers, int midBuffers, int largeBuffers, int defaultQuota,
            int borrowQuota, int shrinkQuota, int dropQuota, List<Integer> ruleOrder, int batchSize,
            boolean expedited, int rxFlushNanos) {
    }

    private final Setup setup;
    private final DmaInvariantChecker checker;
    private final DmaManager m;
    private final long[] placed;
    private long now;
    private int last;
    private int borrowGroup;
    private int shrinkGroup;
    private int dropGroup;

    /** A manager configured by {@code setup}, with its three extra groups and rules in place. */
    public DmaWorkload(Setup setup) {
        this.setup = setup;
        int n = setup.connections();
        checker = new DmaInvariantChecker(n);
        placed = new long[n];
        DmaConfig config = DmaConfig.defaults().toBuilder().maxConnections(n)
                .pools(List.of(new PoolSpec(512, setup.smallBuffers()), new PoolSpec(2048, setup.midBuffers()),
                        new PoolSpec(8192, setup.largeBuffers())))
                .defaultGroup(group("default", 1, 2, setup.defaultQuota(), ExhaustionPolicy.SHRINK_WINDOW))
                .batchSize(setup.batchSize()).maxBatchDelayNanos(30_000).rxFlushNanos(setup.rxFlushNanos())
                .zeroCopySendThreshold(1500).expeditedEnabled(setup.expedited()).build();
        m = new DmaManager(config, checker);
        borrowGroup = m.createGroup(group("borrow", 0, 4, setup.borrowQuota(), ExhaustionPolicy.BORROW_DEFAULT), now);
        shrinkGroup = m.createGroup(group("shrink", 0, 2, setup.shrinkQuota(), ExhaustionPolicy.SHRINK_WINDOW), now);
        dropGroup = m.createGroup(group("drop", 2, 1, setup.dropQuota(), ExhaustionPolicy.DROP).withExpedited(true),
                now);
        setRules();
    }

    private static GroupConfig group(String name, int pool, int reserve, int quota, ExhaustionPolicy policy) {
        return GroupConfig.of(name, pool, Math.min(reserve, quota), quota, policy);
    }

    private void setRules() {
        GroupRule[] byKind = {GroupRule.to(dropGroup).withLocalPorts(7000, 7999),
                GroupRule.to(borrowGroup).withRemote(AddressPrefix.parse("10.1.0.0/16")),
                GroupRule.to(shrinkGroup).withSizeClasses(1, 3)};
        List<GroupRule> rules = new ArrayList<>();
        for (int k : setup.ruleOrder()) {
            rules.add(byKind[k]);
        }
        m.setRules(rules);
    }

    /** Runs {@code ops}, checking every invariant after each, then drains; returns the accounting trace hash. */
    public long run(List<Op> ops) {
        for (Op op : ops) {
            now += op.gap();
            step(op);
            checker.check(m, now);
        }
        drain();
        return checker.traceHash();
    }

    private void step(Op op) {
        int c = op.conn() == SAME ? last : op.conn() % setup.connections();
        last = c;
        if (!m.isOpen(c)) {
            // most operations on a closed slot reopen it (a new connection), the rest read what is left there
            if (m.connections().outstanding[c] == 0 && op.kind().ordinal() <= Kind.SEND.ordinal()) {
                open(c, op.opts());
            } else {
                m.read(c, op.a(), now);
            }
            return;
        }
        switch (op.kind()) {
            case RECEIVE -> receive(c, op.a(), op.b());
            case READ -> m.read(c, op.a(), now);
            case POST -> {
                if (m.connections().has(c, ConnectionTable.ZERO_COPY_RX)) {
                    m.postReceiveBuffer(c, op.a(), now);
                }
            }
            case SEND -> m.send(c, op.a(), SendMode.values()[op.b() % SendMode.values().length], now);
            case TRANSMIT -> m.transmit(c, op.a(), now);
            case ACK -> {
                long[] s = m.streamOffsets(c);
                m.acknowledge(c, s[5] + (s[4] - s[5]) * op.a() / 1000, now);
            }
            case POLL -> m.poll(now);
            case CLOSE -> m.close(c, now);
            case RECLASSIFY -> m.reclassify(c, attributes(c).withClasses(op.a(), op.b()), now);
            case RESIZE -> {
                int g = 1 + Math.abs(op.conn()) % (m.groupCount() - 1);
                if (m.group(g).state() == GroupState.ACTIVE) {
                    m.resizeGroup(g, Math.min(op.b(), op.a()), op.a(), now);
                }
            }
            case RETIRE -> retireAndReplace(op.a());
            case MEMBERS -> checkMembership(c);
        }
    }

    private void receive(int c, int len, int flags) {
        long window = m.advertisableWindow(c);
        int got = m.receive(c, len, flags, now);
        placed[c] += got;
        // the advertised window is a promise: data within it is always placed
        if (got > len || got < 0 || (window >= len && got != len)) {
            throw new AssertionError("connection " + c + ": placed " + got + " of " + len + " with window " + window);
        }
    }

    private void checkMembership(int c) {
        for (int x : m.members(m.groupOf(c))) {
            if (x == c) {
                return;
            }
        }
        throw new AssertionError("connection " + c + " missing from the members of its group");
    }

    private void retireAndReplace(int which) {
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

    private static ConnectionAttributes attributes(int c) {
        int port = c % 3 == 0 ? 7000 + c : 80;
        IpAddress remote = IpAddress.ipv4((10 << 24) | ((c % 2 + 1) << 16) | c);
        return new ConnectionAttributes(port, remote, c % 5, c % 4, 0, 0);
    }

    private void open(int c, int opts) {
        checker.opened(c);
        placed[c] = 0;
        m.open(c, attributes(c), new ConnectionOptions((opts & 1) != 0, (opts & 2) != 0), now);
    }

    private void drain() {
        now += 1_000_000;
        m.flush(now);
        for (int c = 0; c < setup.connections(); c++) {
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
