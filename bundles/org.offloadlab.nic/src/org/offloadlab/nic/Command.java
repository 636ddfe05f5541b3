package org.offloadlab.nic;

import org.offloadlab.tcp.HardState;
import org.offloadlab.tcp.SoftState;

/**
 * One submission-queue entry written by the host. The descriptor is {@link #DESCRIPTOR_BYTES} on the bus; SEND data and
 * RESTORE state follow as a gather DMA read. Immutable; the host must not change {@code data} after posting.
 */
public record Command(CommandType type, int tid, int port, int remoteHost, int remotePort, long value, byte[] data,
        HardState hardState, SoftState softState, long checkpointNanos) {

    /** Size of a submission-queue entry (the 64-byte SQE of NVMe and mlx5 WQEs). */
    public static final int DESCRIPTOR_BYTES = 64;
    /** Wire size of a hard-state record without its buffers (HardStateCodec writes ~110 fixed octets). */
    private static final int HARD_STATE_FIXED_BYTES = 112;
    /** Wire size of a soft-state checkpoint record (cwnd, ssthresh, SRTT, RTTVAR, RTO, backoff, CUBIC variables). */
    public static final int SOFT_STATE_BYTES = 64;
    private static final byte[] NONE = new byte[0];

    public Command {
        if (type == null) {
            throw new IllegalArgumentException("command type missing");
        }
        data = data == null ? NONE : data;
    }

    public static Command listen(int port, int backlog) {
        return new Command(CommandType.LISTEN, -1, port, 0, 0, backlog, null, null, null, -1);
    }

    public static Command unlisten(int port) {
        return new Command(CommandType.UNLISTEN, -1, port, 0, 0, 0, null, null, null, -1);
    }

    public static Command connect(long reference, int localPort, int remoteHost, int remotePort) {
        return new Command(CommandType.CONNECT, -1, localPort, remoteHost, remotePort, reference, null, null, null, -1);
    }

    public static Command send(int tid, byte[] data) {
        return new Command(CommandType.SEND, tid, 0, 0, 0, data.length, data, null, null, -1);
    }

    public static Command credit(int tid, int bytes) {
        return new Command(CommandType.CREDIT, tid, 0, 0, 0, bytes, null, null, null, -1);
    }

    public static Command shutdown(int tid) {
        return new Command(CommandType.SHUTDOWN, tid, 0, 0, 0, 0, null, null, null, -1);
    }

    public static Command close(int tid) {
        return new Command(CommandType.CLOSE, tid, 0, 0, 0, 0, null, null, null, -1);
    }

    public static Command abort(int tid) {
        return new Command(CommandType.ABORT, tid, 0, 0, 0, 0, null, null, null, -1);
    }

    public static Command restore(long reference, int remoteHost, HardState hardState) {
        return new Command(CommandType.RESTORE, -1, hardState.localPort(), remoteHost, hardState.remotePort(),
                reference, null, hardState, null, -1);
    }

    /**
     * RESTORE with a soft-state checkpoint taken at {@code checkpointNanos} (full-checkpoint failover): the adapter
     * installs it as {@code TcpConnection.restore(HardState, SoftState, …)} decides.
     */
    public static Command restore(long reference, int remoteHost, HardState hardState, SoftState softState,
            long checkpointNanos) {
        return new Command(CommandType.RESTORE, -1, hardState.localPort(), remoteHost, hardState.remotePort(),
                reference, null, hardState, softState, checkpointNanos);
    }

    public static Command heartbeat(long sequence) {
        return new Command(CommandType.HEARTBEAT, -1, 0, 0, 0, sequence, null, null, null, -1);
    }

    /** Bytes the adapter reads beyond the descriptor (send data, or the restored hard state's buffers). */
    public int payloadBytes() {
        return data.length + (hardState == null
                ? 0
                : HARD_STATE_FIXED_BYTES + hardState.sendDataLength() + hardState.receivedDataLength())
                + (softState == null ? 0 : SOFT_STATE_BYTES);
    }

    @Override
    public String toString() {
        return type + "[tid=" + tid + ", port=" + port + ", remote=" + remoteHost + ":" + remotePort + ", value="
                + value + ", data=" + data.length + "B]";
    }
}
