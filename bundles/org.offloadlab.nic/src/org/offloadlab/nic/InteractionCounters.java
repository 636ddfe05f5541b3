package org.offloadlab.nic;

/**
 * Every host↔adapter interaction, in total and per connection. Per-connection counters are primitive arrays indexed by
 * the connection id (the adapter's table slot), reset when a slot is reused. A bus transaction is a doorbell, an
 * interrupt (an MSI-X write) or a DMA transaction; bus bytes include the per-transaction overhead of the
 * {@link BusModel}.
 * <p>
 * A shared transaction counts once in the totals and once for <em>every</em> connection it served (so per-connection
 * values of shared transactions sum to more than the total): a submission doorbell serves the connections with a
 * command among those it announces, an interrupt those with a completion among those it signals, a completion-queue
 * doorbell (re-arm) those with a completion among the entries it returns to the adapter, a bulk notification's DMA
 * write every connection it carries. Each such connection is charged the transaction's full bus bytes, except a bulk
 * notification, whose connections are charged their own 64-byte record. A slot reused while a shared transaction is
 * still being collected is credited to its new connection.
 */
public final class InteractionCounters {

    private long commands;
    private long completions;
    private long submissionDoorbells;
    private long completionDoorbells;
    private long interrupts;
    private long dmaReads;
    private long dmaWrites;
    private long busBytes;
    private long notificationEntries;
    private long dataBytesToHost;
    private long dataBytesFromHost;
    private final int[] connCommands;
    private final int[] connCompletions;
    private final int[] connDma;
    private final long[] connBusBytes;
    private final int[] connDoorbells;
    private final int[] connInterrupts;
    /** Connections served by the doorbell, interrupt and re-arm being collected (each slot once per transaction). */
    private final SlotSet awaitingDoorbell;
    private final SlotSet awaitingInterrupt;
    private final SlotSet awaitingRearm;

    InteractionCounters(int tableCapacity) {
        connCommands = new int[tableCapacity];
        connCompletions = new int[tableCapacity];
        connDma = new int[tableCapacity];
        connBusBytes = new long[tableCapacity];
        connDoorbells = new int[tableCapacity];
        connInterrupts = new int[tableCapacity];
        awaitingDoorbell = new SlotSet(tableCapacity);
        awaitingInterrupt = new SlotSet(tableCapacity);
        awaitingRearm = new SlotSet(tableCapacity);
    }

    /**
     * A set of slots with O(1) add (a bit per slot) and a list to drain, so a shared transaction is charged to each
     * connection it served once, in time proportional to the connections it served.
     */
    private static final class SlotSet {
        private final long[] member;
        private int[] list = new int[16];
        private int size;

        SlotSet(int capacity) {
            member = new long[(capacity + 63) >>> 6];
        }

        void add(int slot) {
            long bit = 1L << slot;
            if ((member[slot >>> 6] & bit) == 0) {
                member[slot >>> 6] |= bit;
                if (size == list.length) {
                    list = java.util.Arrays.copyOf(list, size * 2);
                }
                list[size++] = slot;
            }
        }

        /** Adds one to {@code counts} and {@code bytes} to {@code busBytes} for every member, then empties the set. */
        void charge(int[] counts, long[] busBytes, int bytes) {
            for (int i = 0; i < size; i++) {
                int slot = list[i];
                member[slot >>> 6] &= ~(1L << slot);
                counts[slot]++;
                busBytes[slot] += bytes;
            }
            size = 0;
        }
    }

    /** A point-in-time copy of the totals, for differences between two moments. */
    public record Totals(long commands, long completions, long submissionDoorbells, long completionDoorbells,
            long interrupts, long dmaReads, long dmaWrites, long busBytes, long notificationEntries,
            long dataBytesToHost, long dataBytesFromHost) {

        public long doorbells() {
            return submissionDoorbells + completionDoorbells;
        }

        public long dmaTransactions() {
            return dmaReads + dmaWrites;
        }

        /** Doorbells, interrupts and DMA transactions. */
        public long busTransactions() {
            return doorbells() + interrupts + dmaTransactions();
        }

        /** Host↔adapter interactions: commands, completions, doorbells, interrupts, DMA transactions. */
        public long interactions() {
            return commands + completions + doorbells() + interrupts + dmaTransactions();
        }

        public Totals minus(Totals o) {
            return new Totals(commands - o.commands, completions - o.completions,
                    submissionDoorbells - o.submissionDoorbells, completionDoorbells - o.completionDoorbells,
                    interrupts - o.interrupts, dmaReads - o.dmaReads, dmaWrites - o.dmaWrites, busBytes - o.busBytes,
                    notificationEntries - o.notificationEntries, dataBytesToHost - o.dataBytesToHost,
                    dataBytesFromHost - o.dataBytesFromHost);
        }
    }

    public Totals totals() {
        return new Totals(commands, completions, submissionDoorbells, completionDoorbells, interrupts, dmaReads,
                dmaWrites, busBytes, notificationEntries, dataBytesToHost, dataBytesFromHost);
    }

    public long commands() {
        return commands;
    }

    public long completions() {
        return completions;
    }

    public long doorbells() {
        return submissionDoorbells + completionDoorbells;
    }

    public long submissionDoorbells() {
        return submissionDoorbells;
    }

    public long completionDoorbells() {
        return completionDoorbells;
    }

    public long interrupts() {
        return interrupts;
    }

    public long dmaTransactions() {
        return dmaReads + dmaWrites;
    }

    public long dmaReads() {
        return dmaReads;
    }

    public long dmaWrites() {
        return dmaWrites;
    }

    public long busBytes() {
        return busBytes;
    }

    /** Connection records carried by ESTABLISHED/CONNECTED notifications. */
    public long notificationEntries() {
        return notificationEntries;
    }

    public long dataBytesToHost() {
        return dataBytesToHost;
    }

    public long dataBytesFromHost() {
        return dataBytesFromHost;
    }

    /** Commands naming connection {@code tid} since its slot was allocated. */
    public int commands(int tid) {
        return connCommands[tid];
    }

    /** Completions about connection {@code tid} (a bulk notification counts for each connection it carries). */
    public int completions(int tid) {
        return connCompletions[tid];
    }

    /** DMA transactions for connection {@code tid} (a shared bulk write counts for each connection it carries). */
    public int dmaTransactions(int tid) {
        return connDma[tid];
    }

    /**
     * Bus bytes for connection {@code tid}: its own DMA transactions, its records in bulk notifications, and every
     * doorbell and interrupt that served it.
     */
    public long busBytes(int tid) {
        return connBusBytes[tid];
    }

    /** Doorbells (submission and completion-queue) that served connection {@code tid}. */
    public int doorbells(int tid) {
        return connDoorbells[tid];
    }

    /** Interrupts that signalled a completion about connection {@code tid}. */
    public int interrupts(int tid) {
        return connInterrupts[tid];
    }

    /**
     * All interactions of connection {@code tid}: commands, completions, doorbells, interrupts and DMA transactions
     * (the per-connection counterpart of {@link Totals#interactions()}).
     */
    public long interactions(int tid) {
        return (long) connCommands[tid] + connCompletions[tid] + connDoorbells[tid] + connInterrupts[tid]
                + connDma[tid];
    }

    // --- updates, by the adapter only ---

    void command(int tid) {
        commands++;
        if (tid >= 0) {
            connCommands[tid]++;
            awaitingDoorbell.add(tid);
        }
    }

    void completion(int tid) {
        completions++;
        if (tid >= 0) {
            connectionCompletion(tid);
        }
    }

    void connectionCompletion(int tid) {
        connCompletions[tid]++;
        awaitingInterrupt.add(tid);
    }

    /** The host consumed a completion about {@code tid}: the next re-arm returns its ring entry. */
    void consumed(int tid) {
        if (tid >= 0) {
            awaitingRearm.add(tid);
        }
    }

    void submissionDoorbell(int bytes) {
        submissionDoorbells++;
        busBytes += bytes;
        awaitingDoorbell.charge(connDoorbells, connBusBytes, bytes);
    }

    void completionDoorbell(int bytes) {
        completionDoorbells++;
        busBytes += bytes;
        awaitingRearm.charge(connDoorbells, connBusBytes, bytes);
    }

    void interrupt(int bytes) {
        interrupts++;
        busBytes += bytes;
        awaitingInterrupt.charge(connInterrupts, connBusBytes, bytes);
    }

    void dmaRead(int tid, int bytes) {
        dmaReads++;
        busBytes += bytes;
        if (tid >= 0) {
            connDma[tid]++;
            connBusBytes[tid] += bytes;
        }
    }

    void dmaWrite(int tid, int bytes) {
        dmaWrites++;
        busBytes += bytes;
        if (tid >= 0) {
            connDma[tid]++;
            connBusBytes[tid] += bytes;
        }
    }

    void connectionShare(int tid, int bytes) {
        connDma[tid]++;
        connBusBytes[tid] += bytes;
    }

    void notificationEntries(int n) {
        notificationEntries += n;
    }

    void dataToHost(int bytes) {
        dataBytesToHost += bytes;
    }

    void dataFromHost(int bytes) {
        dataBytesFromHost += bytes;
    }

    void resetConnection(int tid) {
        connCommands[tid] = 0;
        connCompletions[tid] = 0;
        connDma[tid] = 0;
        connBusBytes[tid] = 0;
        connDoorbells[tid] = 0;
        connInterrupts[tid] = 0;
    }

    /** Bytes of heap these counters hold (per-connection arrays and the three slot sets' bitmaps). */
    long footprintBytes() {
        return (long) connCommands.length * (4 + 4 + 4 + 8 + 4 + 4) + 3L * ((connCommands.length + 63) >>> 6) * 8;
    }

    @Override
    public String toString() {
        return totals().toString();
    }
}
