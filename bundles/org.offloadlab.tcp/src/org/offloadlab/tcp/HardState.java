package org.offloadlab.tcp;

import java.util.Arrays;

/**
 * Everything a connection needs to continue correctly after the object holding it is lost: the set Linux TCP repair
 * (CRIU) restores, plus the few protocol flags it keeps implicitly. Build a working connection from it alone with
 * {@link TcpConnection#restore}; serialize it with {@link HardStateCodec}. Field by field, with the reason it is hard:
 * <ul>
 * <li>{@code state}, {@code passiveOpen}, {@code finQueued}, {@code receiveShutdown} — which RFC 9293 rules apply;
 * whether the application closed its receiving side (new data then resets, RFC 1122 §4.2.2.13); whether a FIN follows
 * the send data (user CLOSE happened). Losing them would change the protocol's answers.</li>
 * <li>{@code localPort}, {@code remotePort} — identify the connection to the peer.</li>
 * <li>{@code iss}, {@code irs} — origins of both sequence spaces (SYN retransmission, validation of handshake
 * ACKs).</li>
 * <li>{@code sndUna}, {@code sndNxt} (the highest sequence number sent, i.e. SND.MAX), {@code sndWnd}, {@code sndWl1},
 * {@code sndWl2}, {@code maxSndWnd} — the send sequence space and window (RFC 9293 §3.3.1, RFC 5961 §5.2 needs
 * MAX.SND.WND): the peer's view of us; wrong values cause ACKs of "unsent" data or a stalled window.</li>
 * <li>{@code rcvNxt}, {@code rcvWnd}, {@code rcvWup} — the receive sequence space and the right edge we advertised
 * (RCV.WUP + RCV.WND), which must never move left (RFC 9293 §3.8.6.2.2).</li>
 * <li>{@code sndMss}, {@code rcvMss}, {@code sndWscale}, {@code rcvWscale}, {@code windowScaling}, {@code timestamps},
 * {@code sackPermitted} — negotiated once in the SYNs and never again (RFC 7323 §2.2, RFC 2018 §2).</li>
 * <li>{@code tsOffset}, {@code tsRecent} — our timestamp clock offset (TSval must stay monotonic for the peer's PAWS,
 * RFC 7323 §5.3) and TS.Recent (our PAWS and TSecr).</li>
 * <li>{@code noDelay}, {@code keepAlive} — user options.</li>
 * <li>{@code sndUrgent}/{@code sndUp}, {@code rcvUrgent}/{@code rcvUp} — urgent pointers (RFC 6093): the mark would
 * otherwise be lost.</li>
 * <li>{@code sendData} — unacknowledged and unsent octets from SND.UNA on: the peer has not got them.</li>
 * <li>{@code receivedData} — acknowledged but unread octets: the peer will never send them again.</li>
 * </ul>
 * Everything else is {@link SoftState}.
 */
public record HardState(State state, int localPort, int remotePort, boolean passiveOpen, boolean finQueued,
        boolean receiveShutdown, int iss,
        int irs, int sndUna, int sndNxt, long sndWnd, int sndWl1, int sndWl2, long maxSndWnd, int rcvNxt, long rcvWnd,
        int rcvWup, int sndMss, int rcvMss, int sndWscale, int rcvWscale, boolean windowScaling, boolean timestamps,
        boolean sackPermitted, int tsOffset, int tsRecent, boolean noDelay, boolean keepAlive, boolean sndUrgent,
        int sndUp, boolean rcvUrgent, int rcvUp, byte[] sendData, byte[] receivedData) {

    public HardState {
        sendData = sendData.clone();
        receivedData = receivedData.clone();
    }

    @Override
    public byte[] sendData() {
        return sendData.clone();
    }

    @Override
    public byte[] receivedData() {
        return receivedData.clone();
    }

    /** Octets of send data held. */
    public int sendDataLength() {
        return sendData.length;
    }

    /** Octets of unread received data held. */
    public int receivedDataLength() {
        return receivedData.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HardState h && h.withoutData().equals(withoutData())
                && Arrays.equals(h.sendData, sendData) && Arrays.equals(h.receivedData, receivedData);
    }

    @Override
    public int hashCode() {
        return withoutData().hashCode() * 31 + Arrays.hashCode(sendData) * 17 + Arrays.hashCode(receivedData);
    }

    private String withoutData() {
        return state + "," + localPort + "," + remotePort + "," + passiveOpen + "," + finQueued + "," + receiveShutdown
                + "," + iss + ","
                + irs + "," + sndUna + "," + sndNxt + "," + sndWnd + "," + sndWl1 + "," + sndWl2 + "," + maxSndWnd
                + "," + rcvNxt + "," + rcvWnd + "," + rcvWup + "," + sndMss + "," + rcvMss + "," + sndWscale + ","
                + rcvWscale + "," + windowScaling + "," + timestamps + "," + sackPermitted + "," + tsOffset + ","
                + tsRecent + "," + noDelay + "," + keepAlive + "," + sndUrgent + "," + sndUp + "," + rcvUrgent + ","
                + rcvUp;
    }

    @Override
    public String toString() {
        return "HardState[" + withoutData() + ", send=" + sendData.length + "B, recv=" + receivedData.length + "B]";
    }
}
