package org.offloadlab.dma.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.offloadlab.dma.DmaManager;
import org.offloadlab.dma.HostSink;
import org.offloadlab.dma.RxFlags;
import org.offloadlab.dma.internal.TimerHeap;

/**
 * Drives a {@link DmaManager} with the receive traffic of a population on virtual time: each message arrives as
 * back-to-back MSS segments (PSH on the last), the application reads a connection's data a fixed delay after it is
 * delivered, the manager is polled when it asks. Bytes held are sampled at a fixed interval.
 */
final class TrafficRun implements HostSink {

    static final int MSS = 1448;

    private final List<TrafficProfile> profiles;
    private final long readDelay;
    private final SplittableRandom random;
    private DmaManager manager;
    private final boolean[] readScheduled;
    private long[] readAt = new long[1024];
    private int[] readConn = new int[1024];
    private int readHead;
    private int readTail;

    long samples;
    long sumBytesHeld;
    long peakBytesHeld;
    long messages;
    long refusedBytes;

    TrafficRun(List<TrafficProfile> profiles, long seed, long readDelayNanos) {
        this.profiles = profiles;
        this.readDelay = readDelayNanos;
        this.random = new SplittableRandom(seed);
        this.readScheduled = new boolean[profiles.size()];
    }

    /** Set before {@link #run}: the manager this run's sink belongs to (connections opened by the caller). */
    void attach(DmaManager m) {
        this.manager = m;
    }

    void run(long start, long duration, long sampleEvery) {
        TimerHeap arrivals = new TimerHeap();
        for (int c = 0; c < profiles.size(); c++) {
            arrivals.add(start + SyntheticTraffic.gapNanos(random, profiles.get(c).messagesPerSecond()), c);
        }
        long end = start + duration;
        long nextSample = start;
        while (true) {
            long t = Math.min(Math.min(arrivals.peekDeadline(), manager.pollAt()),
                    Math.min(nextSample, readHead < readTail ? readAt[readHead] : Long.MAX_VALUE));
            if (t > end) {
                break;
            }
            if (nextSample <= t) {
                long held = manager.bytesHeld();
                samples++;
                sumBytesHeld += held;
                peakBytesHeld = Math.max(peakBytesHeld, held);
                nextSample += sampleEvery;
            }
            if (manager.pollAt() <= t) {
                manager.poll(t);
            }
            while (readHead < readTail && readAt[readHead] <= t) {
                int c = readConn[readHead++];
                readScheduled[c] = false;
                manager.read(c, Integer.MAX_VALUE, t);
            }
            if (arrivals.peekDeadline() <= t) {
                int c = arrivals.peekConnection();
                arrivals.removeFirst();
                TrafficProfile p = profiles.get(c);
                message(c, SyntheticTraffic.messageBytes(random, p.meanMessageBytes()), t);
                arrivals.add(t + SyntheticTraffic.gapNanos(random, p.messagesPerSecond()), c);
            }
        }
        manager.flush(end);
    }

    private void message(int c, int bytes, long now) {
        messages++;
        for (int off = 0; off < bytes; off += MSS) {
            int seg = Math.min(MSS, bytes - off);
            int placed = manager.receive(c, seg, off + seg == bytes ? RxFlags.PSH : RxFlags.NONE, now);
            if (placed < seg) {
                // not acknowledged: the peer would retransmit later; the model drops the rest of the message
                refusedBytes += bytes - off - placed;
                return;
            }
        }
    }

    double meanBytesHeld() {
        return samples == 0 ? 0 : (double) sumBytesHeld / samples;
    }

    @Override
    public void delivered(int connection, long streamOffset, int length, boolean zeroCopy, long now) {
        if (readScheduled[connection]) {
            return;
        }
        readScheduled[connection] = true;
        if (readTail == readAt.length) {
            compactOrGrow();
        }
        readAt[readTail] = now + readDelay;
        readConn[readTail++] = connection;
    }

    private void compactOrGrow() {
        int live = readTail - readHead;
        if (readHead > readAt.length / 2) {
            System.arraycopy(readAt, readHead, readAt, 0, live);
            System.arraycopy(readConn, readHead, readConn, 0, live);
        } else {
            readAt = Arrays.copyOfRange(readAt, readHead, readAt.length * 2 + readHead);
            readConn = Arrays.copyOfRange(readConn, readHead, readConn.length * 2 + readHead);
        }
        readHead = 0;
        readTail = live;
    }
}
