package org.offloadlab.dma;

/** Flags of a received segment that matter to buffer handover (bit set for {@link DmaManager#receive}). */
public final class RxFlags {

    /** No flag. */
    public static final int NONE = 0;
    /** TCP PSH: hand the partly filled buffer to the host now (RFC 9293 §3.9.1.2). */
    public static final int PSH = 1;
    /** Urgent data (TCP URG, RFC 6093): hand over and expedite past the batching. */
    public static final int URG = 2;

    private RxFlags() {
    }
}
