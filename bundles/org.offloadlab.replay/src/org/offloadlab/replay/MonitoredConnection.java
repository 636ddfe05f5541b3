package org.offloadlab.replay;

import java.util.List;

import org.offloadlab.pcap.Endpoint;
import org.offloadlab.tcp.State;

/**
 * One connection as the monitoring adapter tracked it.
 *
 * @param index
 *            the connection's index in the capture analysis (tshark's {@code tcp.stream})
 * @param local
 *            the side the adapter terminates
 * @param remote
 *            the peer
 * @param statesReached
 *            the RFC 9293 states the local side went through, in order (as far as a tap can tell)
 * @param localPackets
 *            segments sent by the local side
 * @param remotePackets
 *            segments sent by the peer
 * @param localPayloadBytes
 *            payload octets sent by the local side, retransmissions included
 * @param remotePayloadBytes
 *            payload octets sent by the peer, retransmissions included
 * @param localDataSent
 *            distinct data octets the local side sent (highest sequence reached, SYN and FIN excluded)
 * @param remoteDataSent
 *            distinct data octets the peer sent
 * @param localDataAcked
 *            local data octets the peer acknowledged
 * @param remoteDataAcked
 *            peer data octets the local side acknowledged (delivered to the local application)
 * @param peakUnackedBytes
 *            the most unacknowledged local send data the adapter had to hold at once
 * @param last
 *            the state at the connection's last segment
 */
public record MonitoredConnection(int index, Endpoint local, Endpoint remote, List<State> statesReached,
        long localPackets, long remotePackets, long localPayloadBytes, long remotePayloadBytes, long localDataSent,
        long remoteDataSent, long localDataAcked, long remoteDataAcked, long peakUnackedBytes, OffloadSnapshot last) {

    public MonitoredConnection {
        statesReached = List.copyOf(statesReached);
    }

    /** The local side's state at the connection's last segment. */
    public State finalState() {
        return statesReached.isEmpty() ? State.CLOSED : statesReached.get(statesReached.size() - 1);
    }
}
