package org.offloadlab.dma;

import java.util.ArrayList;
import java.util.List;

/** A small manager with a recording host sink, for the feature tests. */
final class Fixture implements HostSink {

    /** One delivery as the host saw it. */
    record Delivery(int connection, long offset, int length, boolean zeroCopy, long time) {
    }

    final List<Delivery> deliveries = new ArrayList<>();
    final List<long[]> completions = new ArrayList<>();
    final List<Integer> interrupts = new ArrayList<>();
    final DmaManager m;

    Fixture(DmaConfig config) {
        m = new DmaManager(config, this);
    }

    /** 1 KiB and 4 KiB pools; default group on the 4 KiB pool (reserve 2, quota 8); batch 4 / 10 µs; flush 5 µs. */
    static DmaConfig small() {
        return DmaConfig.defaults().toBuilder().maxConnections(16)
                .pools(List.of(new PoolSpec(1024, 32), new PoolSpec(4096, 16)))
                .defaultGroup(GroupConfig.of("default", 1, 2, 8, ExhaustionPolicy.SHRINK_WINDOW)).batchSize(4)
                .maxBatchDelayNanos(10_000).rxFlushNanos(5_000).build();
    }

    static ConnectionAttributes attrs(int port) {
        return ConnectionAttributes.of(port, IpAddress.ipv4(0x0A000001));
    }

    int open(int conn, int port) {
        return open(conn, port, 0);
    }

    int open(int conn, int port, long now) {
        return m.open(conn, attrs(port), ConnectionOptions.DEFAULT, now);
    }

    long deliveredBytes(int conn) {
        return deliveries.stream().filter(d -> d.connection() == conn).mapToLong(Delivery::length).sum();
    }

    @Override
    public void delivered(int connection, long streamOffset, int length, boolean zeroCopy, long now) {
        deliveries.add(new Delivery(connection, streamOffset, length, zeroCopy, now));
    }

    @Override
    public void sendCompleted(int connection, long streamEnd, long now) {
        completions.add(new long[]{connection, streamEnd, now});
    }

    @Override
    public void interrupt(int batchSize, long now) {
        interrupts.add(batchSize);
    }
}
