package org.offloadlab.nic;

import org.offloadlab.tcp.HardState;

/**
 * One submission-queue entry written by the host. The descriptor is {@link #DESCRIPTOR_BYTES} on the bus; SEND data and
 * RESTORE state follow as a gather DMA read. Immutable; the host must not change {@code data} after posting.
 */
public record Command(CommandType type, int tid, int port, int remoteHost, int remotePort, long value, byte[] data,
        HardState hardState) {

    /** Size of a submission-queue entry (the 64-byte SQE of NVMe and mlx5 WQEs). */
    public static final int DESCRIPTOR_BYTES = 64;
    /** Wire size of a hard-state record without its buffers (HardStateCodec writes ~110 fixed octets). */
    private static final int HARD_STATE_FIXED_BYTES = 112;
    private static final byte[] NONE = new byte[0];

    public Command {
        if (type == null) {
            throw new IllegalArgumentException("command type missing");
        }
        data = data == null ? NONE : data;
    }

    public static Command listen(int port, int backlog) {
        return new Command(CommandType.LISTEN, -1, port, 0, 0, backlog, null, null);
    }

    public static Command unlisten(int port) {
        return new Command(CommandType.UNLISTEN, -1, port, 0, 0, 0, null, null);
    }

    public static Command connect(long reference, int localPort, int remoteHost, int remotePort) {
        return new Command(CommandType.CONNECT, -1, localPort, remoteHost, remotePort, reference, null, null);
    }

    public static Command send(int tid, byte[] data) {
        return new Command(CommandType.SEND, tid, 0, 0, 0, data.length, data, null);
    }

    public static Command credit(int tid, int bytes) {
        return new Command(CommandType.CREDIT, tid, 0, 0, 0, bytes, null, null);
    }

    public static Command shutdown(int tid) {
        return new Command(CommandType.SHUTDOWN, tid, 0, 0, 0, 0, null, null);
    }

    public static Command close(int tid) {
        return new Command(CommandType.CLOSE, tid, 0, 0, 0, 0, null, null);
    }

    public static Command abort(int tid) {
        return new Command(CommandType.ABORT, tid, 0, 0, 0, 0, null, null);
    }

    public static Command restore(long reference, int remoteHost, HardState hardState) {
        return new Command(CommandType.RESTORE, -1, hardState.localPort(), remoteHost, hardState.remotePort(),
                reference, null, hardState);
    }

    public static Command heartbeat(long sequence) {
        return new Command(CommandType.HEARTBEAT, -1, 0, 0, 0, sequence, null, null);
    }

    /** Bytes the adapter reads beyond the descriptor (send data, or the restored hard state's buffers). */
    public int payloadBytes() {
        return data.length + (hardState == null
                ? 0
                : HARD_STATE_FIXED_BYTES + hardState.sendDataLength() + hardState.receivedDataLength());
    }

    @Override
    public String toString() {
        return type + "[tid=" + tid + ", port=" + port + ", remote=" + remoteHost + ":" + remotePort + ", value="
                + value + ", data=" + data.length + "B]";
    }
}
