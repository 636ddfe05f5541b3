package org.offloadlab.tcp;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * A compact, versioned binary form of {@link HardState}: magic "OLHS", a version octet, fixed-width fields in network
 * order, then the two data arrays with 32-bit lengths. About 110 octets plus the data. This is what a host keeps as its
 * shadow of an offloaded connection.
 */
public final class HardStateCodec {

    /** "OLHS". */
    public static final int MAGIC = 0x4F4C4853;
    public static final int VERSION = 1;
    private static final int FIXED_LENGTH = 4 + 1 + 1 + 4 + 4 + 4 + 4 + 4 + 4 + 8 + 4 + 4 + 8 + 4 + 8 + 4 + 4 + 4 + 1
            + 1 + 4 + 4 + 4 + 4 + 4 + 4;

    private HardStateCodec() {
    }

    public static byte[] encode(HardState h) {
        ByteBuffer b = ByteBuffer.allocate(FIXED_LENGTH + h.sendDataLength() + h.receivedDataLength());
        b.putInt(MAGIC).put((byte) VERSION).put((byte) h.state().ordinal());
        int f = (h.passiveOpen() ? 1 : 0) | (h.finQueued() ? 2 : 0) | (h.windowScaling() ? 4 : 0)
                | (h.timestamps() ? 8 : 0) | (h.sackPermitted() ? 16 : 0) | (h.noDelay() ? 32 : 0)
                | (h.keepAlive() ? 64 : 0) | (h.sndUrgent() ? 128 : 0) | (h.rcvUrgent() ? 256 : 0)
                | (h.receiveShutdown() ? 512 : 0);
        b.putInt(f).putInt((h.localPort() << 16) | h.remotePort());
        b.putInt(h.iss()).putInt(h.irs()).putInt(h.sndUna()).putInt(h.sndNxt()).putLong(h.sndWnd());
        b.putInt(h.sndWl1()).putInt(h.sndWl2()).putLong(h.maxSndWnd());
        b.putInt(h.rcvNxt()).putLong(h.rcvWnd()).putInt(h.rcvWup());
        b.putInt(h.sndMss()).putInt(h.rcvMss()).put((byte) h.sndWscale()).put((byte) h.rcvWscale());
        b.putInt(h.tsOffset()).putInt(h.tsRecent()).putInt(h.sndUp()).putInt(h.rcvUp());
        b.putInt(h.sendDataLength()).put(h.sendData());
        b.putInt(h.receivedDataLength()).put(h.receivedData());
        return b.array();
    }

    /**
     * @throws IllegalArgumentException
     *             if the bytes are not a hard state of a known version
     */
    public static HardState decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            if (b.getInt() != MAGIC) {
                throw new IllegalArgumentException("not a hard state (bad magic)");
            }
            int version = b.get();
            if (version != VERSION) {
                throw new IllegalArgumentException("unsupported hard state version " + version);
            }
            int stateOrdinal = b.get();
            if (stateOrdinal < 0 || stateOrdinal >= State.values().length) {
                throw new IllegalArgumentException("bad state " + stateOrdinal);
            }
            State state = State.values()[stateOrdinal];
            int f = b.getInt();
            int ports = b.getInt();
            int iss = b.getInt();
            int irs = b.getInt();
            int sndUna = b.getInt();
            int sndNxt = b.getInt();
            long sndWnd = b.getLong();
            int sndWl1 = b.getInt();
            int sndWl2 = b.getInt();
            long maxSndWnd = b.getLong();
            int rcvNxt = b.getInt();
            long rcvWnd = b.getLong();
            int rcvWup = b.getInt();
            int sndMss = b.getInt();
            int rcvMss = b.getInt();
            int sndWscale = b.get();
            int rcvWscale = b.get();
            int tsOffset = b.getInt();
            int tsRecent = b.getInt();
            int sndUp = b.getInt();
            int rcvUp = b.getInt();
            byte[] send = bytes(b);
            byte[] recv = bytes(b);
            return new HardState(state, ports >>> 16, ports & 0xFFFF, (f & 1) != 0, (f & 2) != 0, (f & 512) != 0, iss,
                    irs, sndUna,
                    sndNxt, sndWnd, sndWl1, sndWl2, maxSndWnd, rcvNxt, rcvWnd, rcvWup, sndMss, rcvMss, sndWscale,
                    rcvWscale, (f & 4) != 0, (f & 8) != 0, (f & 16) != 0, tsOffset, tsRecent, (f & 32) != 0,
                    (f & 64) != 0, (f & 128) != 0, sndUp, (f & 256) != 0, rcvUp, send, recv);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated hard state", e);
        }
    }

    private static byte[] bytes(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) {
            throw new IllegalArgumentException("bad data length " + n);
        }
        byte[] out = new byte[n];
        b.get(out);
        return out;
    }
}
