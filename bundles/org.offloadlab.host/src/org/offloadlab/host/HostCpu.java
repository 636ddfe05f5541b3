package org.offloadlab.host;

/** The host CPU time charged by the {@link HostCostModel}, by kind, and the counts behind it. */
public final class HostCpu {

    private final HostCostModel model;
    private long commands;
    private long doorbells;
    private long interrupts;
    private long completions;
    private long entries;
    private long bytesCopied;
    private long shadowUpdates;

    HostCpu(HostCostModel model) {
        this.model = model;
    }

    public HostCostModel model() {
        return model;
    }

    void command() {
        commands++;
    }

    void doorbell() {
        doorbells++;
    }

    void interrupt() {
        interrupts++;
    }

    void completion() {
        completions++;
    }

    void entry() {
        entries++;
    }

    void copied(long bytes) {
        bytesCopied += bytes;
    }

    void shadowUpdate() {
        shadowUpdates++;
    }

    public long commands() {
        return commands;
    }

    public long doorbells() {
        return doorbells;
    }

    public long interrupts() {
        return interrupts;
    }

    public long completions() {
        return completions;
    }

    /** Connection records processed from notifications. */
    public long entries() {
        return entries;
    }

    public long bytesCopied() {
        return bytesCopied;
    }

    /** Updates of the hard-state shadow (they ride on completions the data path needs anyway). */
    public long shadowUpdates() {
        return shadowUpdates;
    }

    /** Total charged CPU time in nanoseconds. */
    public double totalNanos() {
        return commands * model.commandNanos() + doorbells * model.doorbellNanos()
                + interrupts * model.interruptNanos() + completions * model.completionNanos()
                + entries * model.entryNanos() + bytesCopied * model.byteCopyNanos();
    }

    @Override
    public String toString() {
        return String.format("HostCpu[%.0f ns: %d commands, %d doorbells, %d interrupts, %d completions, %d entries, "
                + "%d bytes copied]", totalNanos(), commands, doorbells, interrupts, completions, entries, bytesCopied);
    }
}
