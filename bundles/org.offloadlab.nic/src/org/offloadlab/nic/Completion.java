package org.offloadlab.nic;

import java.util.List;

/**
 * One event/completion-queue entry written by the adapter into host memory. The entry is {@link #ENTRY_BYTES} on the
 * bus; ESTABLISHED/CONNECTED records ({@link EstablishedEntry#BYTES} each) travel in the same DMA write, received data
 * in a separate one placed by {@link DataPlacement}.
 */
public record Completion(CompletionType type, int tid, int status, long value, long value2, byte[] data,
        List<EstablishedEntry> entries) {

    /** Size of a completion entry (mlx5 CQEs are 64 B, NVMe 16 B; 32 B here). */
    public static final int ENTRY_BYTES = 32;
    /** Status: success. */
    public static final int OK = 0;
    /** Status: the connection attempt was refused by a RST. */
    public static final int REFUSED = 1;
    /** Status: reset by the peer. */
    public static final int RESET = 2;
    /** Status: timed out. */
    public static final int TIMED_OUT = 3;
    /** Status: the connection table is full. */
    public static final int TABLE_FULL = 4;
    /** Status: the command named an unknown connection id. */
    public static final int UNKNOWN_CONNECTION = 5;
    /** Status: the command is not allowed in the connection's state. */
    public static final int BAD_STATE = 6;
    /** Status: no listener slot left. */
    public static final int NO_RESOURCES = 7;
    /** Status: closed normally. */
    public static final int NORMAL = 8;

    private static final byte[] NONE = new byte[0];

    public Completion {
        data = data == null ? NONE : data;
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public static Completion of(CompletionType type, int tid, int status, long value, long value2) {
        return new Completion(type, tid, status, value, value2, null, null);
    }

    /** Bytes of the DMA write that carries this entry (entry and connection records; data is separate). */
    public int entryBytes() {
        return ENTRY_BYTES + entries.size() * EstablishedEntry.BYTES;
    }

    @Override
    public String toString() {
        return type + "[tid=" + tid + ", status=" + status + ", value=" + value + ", value2=" + value2 + ", data="
                + data.length + "B, entries=" + entries.size() + "]";
    }
}
