package org.offloadlab.nic;

/**
 * Every host↔adapter interaction, in total and per connection. Per-connection counters are primitive arrays indexed by
 * the connection id (the adapter's table slot), reset when a slot is reused; doorbells and interrupts serve a whole
 * queue and are counted in total only. A bus transaction is a doorbell, an interrupt (an MSI-X write) or a DMA
 * transaction; bus bytes include the per-transaction overhead of the {@link BusModel}.
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

    InteractionCounters(int tableCapacity) {
        connCommands = new int[tableCapacity];
        connCompletions = new int[tableCapacity];
        connDma = new int[tableCapacity];
        connBusBytes = new long[tableCapacity];
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

    /** Bus bytes for connection {@code tid} (its share of shared transactions: its records and data). */
    public long busBytes(int tid) {
        return connBusBytes[tid];
    }

    // --- updates, by the adapter only ---

    void command(int tid) {
        commands++;
        if (tid >= 0) {
            connCommands[tid]++;
        }
    }

    void completion(int tid) {
        completions++;
        if (tid >= 0) {
            connCompletions[tid]++;
        }
    }

    void connectionCompletion(int tid) {
        connCompletions[tid]++;
    }

    void submissionDoorbell(int bytes) {
        submissionDoorbells++;
        busBytes += bytes;
    }

    void completionDoorbell(int bytes) {
        completionDoorbells++;
        busBytes += bytes;
    }

    void interrupt(int bytes) {
        interrupts++;
        busBytes += bytes;
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
    }

    /** Bytes of heap these counters hold (per-connection arrays). */
    long footprintBytes() {
        return (long) connCommands.length * (4 + 4 + 4 + 8);
    }

    @Override
    public String toString() {
        return totals().toString();
    }
}
