package org.offloadlab.nic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.offloadlab.sim.Scheduled;
import org.offloadlab.sim.Simulator;

/**
 * The adapter's host interface: submission ring, doorbells, completion ring, interrupt moderation and the bus, with
 * every interaction counted. Time on the bus: each direction is a FIFO channel ({@link BusModel}); a completion becomes
 * visible to the host when its DMA write has arrived, and the MSI-X write that follows it on the same channel arrives
 * after it (PCIe keeps posted writes in order).
 */
final class HostPort implements HostInterface {

    /** An MMIO doorbell write: one 32-bit register. */
    static final int DOORBELL_BYTES = 4;
    /** An MSI-X message: one 32-bit write. */
    static final int MSI_BYTES = 4;

    private record Cqe(Completion completion, long visibleAt) {
    }

    private final Simulator sim;
    private final NicConfig config;
    private final OffloadAdapter adapter;
    private final InteractionCounters counters;
    private final ArrayDeque<Command> submissions = new ArrayDeque<>();
    /** Submission entries announced by a doorbell and not yet fetched. */
    private int announced;
    private long downBusyUntil;
    private long upBusyUntil;
    private final ArrayDeque<Cqe> completions = new ArrayDeque<>();
    private final ArrayDeque<Completion> overflow = new ArrayDeque<>();
    /** Ring entries written and not yet released by a completion-queue doorbell. */
    private int ringOccupied;
    private int consumedSinceRearm;
    private int rxDataSinceRearm;
    private boolean interruptsArmed = true;
    private int waitingForInterrupt;
    private long firstWaitingAt;
    private final Scheduled coalesceTimer;
    private final Scheduled interruptDelivery;
    private InterruptHandler handler = now -> {
    };

    HostPort(Simulator sim, NicConfig config, OffloadAdapter adapter) {
        this.sim = sim;
        this.config = config;
        this.adapter = adapter;
        this.counters = new InteractionCounters(config.capabilities().tableCapacity());
        this.coalesceTimer = sim.handle(this::coalesceTimeout);
        this.interruptDelivery = sim.handle(now -> handler.interrupt(now));
    }

    // ================================================================================================ host side

    @Override
    public NicCapabilities capabilities() {
        return config.capabilities();
    }

    @Override
    public boolean post(Command command) {
        if (submissions.size() >= config.capabilities().commandQueueDepth()) {
            return false;
        }
        submissions.add(command);
        counters.command(slotOf(command.tid()));
        return true;
    }

    @Override
    public int submissionSpace() {
        return config.capabilities().commandQueueDepth() - submissions.size();
    }

    @Override
    public void ringDoorbell(long nowNanos) {
        counters.submissionDoorbell(DOORBELL_BYTES + config.bus().transactionOverheadBytes());
        announced = submissions.size();
        long arrival = down(DOORBELL_BYTES, nowNanos, 1);
        sim.at(arrival, this::doorbellArrived);
    }

    @Override
    public void setInterruptHandler(InterruptHandler h) {
        handler = h == null ? now -> {
        } : h;
    }

    @Override
    public int poll(CompletionConsumer consumer, int budget, long nowNanos) {
        int n = 0;
        while (n < budget && !completions.isEmpty() && completions.peek().visibleAt() <= nowNanos) {
            Completion c = completions.poll().completion();
            consumedSinceRearm++;
            if (c.type() == CompletionType.RX_DATA) {
                rxDataSinceRearm++;
            }
            counters.consumed(slotOf(c.tid()));
            for (EstablishedEntry e : c.entries()) {
                if (e.tid() != c.tid()) {
                    counters.consumed(e.tid() & 0xFFFFFF);
                }
            }
            n++;
            consumer.accept(c, nowNanos);
        }
        return n;
    }

    @Override
    public int completionsReady(long nowNanos) {
        int n = 0;
        for (Cqe e : completions) {
            if (e.visibleAt() > nowNanos) {
                break;
            }
            n++;
        }
        return n;
    }

    @Override
    public void rearm(long nowNanos) {
        counters.completionDoorbell(DOORBELL_BYTES + config.bus().transactionOverheadBytes());
        int released = consumedSinceRearm;
        int rxData = rxDataSinceRearm;
        consumedSinceRearm = 0;
        rxDataSinceRearm = 0;
        long arrival = down(DOORBELL_BYTES, nowNanos, 1);
        sim.at(arrival, now -> {
            rearmArrived(released, now);
            // the driver copied those RX_DATA out while processing them: their DMA buffers return with the doorbell
            adapter.rxReturned(rxData, now);
        });
    }

    @Override
    public InteractionCounters counters() {
        return counters;
    }

    @Override
    public int initialReceiveCredit() {
        return config.hostReceiveCredit();
    }

    @Override
    public int sendBufferBytes() {
        return config.tcp().sendBufferSize();
    }

    // ============================================================================================= adapter side

    private void doorbellArrived(long now) {
        if (!adapter.responsive()) {
            return; // a hung or crashed adapter never fetches: the commands stay in host memory
        }
        int n = Math.min(announced, submissions.size());
        announced -= n;
        if (n == 0) {
            return;
        }
        List<Command> fetched = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            fetched.add(submissions.poll());
        }
        // one DMA read for the descriptors, then one gather read per command with a payload
        int descriptorBytes = n * Command.DESCRIPTOR_BYTES;
        counters.dmaRead(-1, descriptorBytes + config.bus().transactionOverheadBytes());
        long at = down(descriptorBytes, now, 2);
        for (Command c : fetched) {
            int payload = c.payloadBytes();
            if (payload > 0) {
                counters.dmaRead(slotOf(c.tid()), payload + config.bus().transactionOverheadBytes());
                at = Math.max(at, down(payload, now, 2));
            }
        }
        sim.at(at, t -> {
            for (Command c : fetched) {
                adapter.execute(c, t);
            }
        });
    }

    private void rearmArrived(int released, long now) {
        if (!adapter.responsive()) {
            return;
        }
        ringOccupied -= released;
        interruptsArmed = true;
        while (!overflow.isEmpty() && ringOccupied < config.capabilities().completionQueueDepth()) {
            write(overflow.poll(), now);
        }
        maybeInterrupt(now);
    }

    /** Posts a completion for the host; it waits in the adapter while the ring is full. */
    void complete(Completion c, long now) {
        if (ringOccupied >= config.capabilities().completionQueueDepth()) {
            adapter.stats().completionOverflows++;
            overflow.add(c);
            return;
        }
        write(c, now);
    }

    private int slotOf(int tid) {
        return tid >= 0 && (tid & 0xFFFFFF) < config.capabilities().tableCapacity() ? tid & 0xFFFFFF : -1;
    }

    private void write(Completion c, long now) {
        ringOccupied++;
        int bytes = c.entryBytes();
        int slot = slotOf(c.tid());
        counters.completion(slot);
        counters.dmaWrite(slot, bytes + config.bus().transactionOverheadBytes());
        for (EstablishedEntry e : c.entries()) {
            if (e.tid() != c.tid()) {
                int s = e.tid() & 0xFFFFFF;
                counters.connectionCompletion(s);
                counters.connectionShare(s, EstablishedEntry.BYTES);
            }
        }
        counters.notificationEntries(c.entries().size());
        long visible = up(bytes, now);
        completions.add(new Cqe(c, visible));
        adapter.completionWritten(c, now);
        if (waitingForInterrupt++ == 0) {
            firstWaitingAt = now;
        }
        maybeInterrupt(now);
    }

    /** A DMA write of received data into host memory (placed before its completion on the same channel). */
    void dataToHost(int slot, int bytes, long now) {
        counters.dmaWrite(slot, bytes + config.bus().transactionOverheadBytes());
        counters.dataToHost(bytes);
        up(bytes, now);
    }

    void dataFromHost(int bytes) {
        counters.dataFromHost(bytes);
    }

    private void maybeInterrupt(long now) {
        if (!interruptsArmed || waitingForInterrupt == 0) {
            return;
        }
        InterruptCoalescing k = config.coalescing();
        long due = firstWaitingAt + k.maxDelayNanos();
        if (k.maxDelayNanos() == 0 || waitingForInterrupt >= k.maxFrames() || due <= now) {
            raise(now);
        } else if (!coalesceTimer.isPending() || coalesceTimer.time() != due) {
            sim.reschedule(coalesceTimer, due);
        }
    }

    private void coalesceTimeout(long now) {
        if (adapter.responsive()) {
            maybeInterrupt(now);
        }
    }

    private void raise(long now) {
        interruptsArmed = false;
        waitingForInterrupt = 0;
        sim.cancel(coalesceTimer);
        counters.interrupt(MSI_BYTES + config.bus().transactionOverheadBytes());
        sim.reschedule(interruptDelivery, up(MSI_BYTES, now));
    }

    /** Host→adapter transfer; {@code latencies} = 1 for a posted write, 2 for a read (request + completion). */
    private long down(int bytes, long now, int latencies) {
        long start = Math.max(now, downBusyUntil);
        downBusyUntil = start + config.bus().transferNanos(bytes);
        return downBusyUntil + latencies * config.bus().latencyNanos();
    }

    /** Adapter→host posted write. */
    private long up(int bytes, long now) {
        long start = Math.max(now, upBusyUntil);
        upBusyUntil = start + config.bus().transferNanos(bytes);
        return upBusyUntil + config.bus().latencyNanos();
    }

    /** The adapter lost its state: nothing more is written; what reached host memory stays there. */
    void crash() {
        overflow.clear();
        sim.cancel(coalesceTimer);
        waitingForInterrupt = 0;
    }

    /** Completions written and not yet visible or read, plus those waiting for ring space. */
    int backlog() {
        return completions.size() + overflow.size();
    }
}
