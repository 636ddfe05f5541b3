package org.offloadlab.analysis.internal;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.offloadlab.pcap.LinkType;
import org.offloadlab.pcap.PcapWriter;
import org.offloadlab.pcap.TcpSegment;
import org.offloadlab.testing.TcpFrames;

/**
 * A capture written frame by frame, read like a sequence diagram: {@code at(ms)} moves the clock, {@code c2s()} and
 * {@code s2c()} start a segment from the client or the server, {@code send} records it.
 */
final class SyntheticCapture {

    static final String CLIENT = "10.0.0.1";
    static final String SERVER = "10.0.0.2";
    static final int CLIENT_PORT = 40000;
    static final int SERVER_PORT = 80;
    /** 2023-11-14: real-looking epoch times (Wireshark treats time 0 as "unset"). */
    static final long EPOCH_NANOS = 1_700_000_000_000_000_000L;

    static final int SYN = TcpSegment.SYN;
    static final int FIN = TcpSegment.FIN;
    static final int RST = TcpSegment.RST;
    static final int PSH = TcpSegment.PSH;

    private final List<byte[]> frames = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();
    private long now = EPOCH_NANOS;
    private int clientPort = CLIENT_PORT;

    static TcpFrames.Builder c2s(int clientPort) {
        return TcpFrames.ipv4(CLIENT, clientPort, SERVER, SERVER_PORT);
    }

    TcpFrames.Builder c2s() {
        return c2s(clientPort);
    }

    TcpFrames.Builder s2c() {
        return TcpFrames.ipv4(SERVER, SERVER_PORT, CLIENT, clientPort);
    }

    /** Following segments use this client port. */
    SyntheticCapture clientPort(int port) {
        clientPort = port;
        return this;
    }

    /** Moves the clock to {@code millis} after the start (fractions allowed). */
    SyntheticCapture at(double millis) {
        now = EPOCH_NANOS + Math.round(millis * 1_000_000);
        return this;
    }

    SyntheticCapture send(TcpFrames.Builder segment) {
        return frame(segment.build());
    }

    /** Any frame bytes, at the current time. */
    SyntheticCapture frame(byte[] bytes) {
        frames.add(bytes);
        times.add(now);
        return this;
    }

    /**
     * SYN (MSS 1460, wscale 7, SACK-permitted) at t, SYN-ACK at t+0.5 ms, ACK at t+1 ms: the ISNs are {@code
     * clientIsn} and {@code serverIsn}; the handshake RTT (and so tshark's out-of-order threshold) is 1 ms.
     */
    SyntheticCapture handshake(double millis, long clientIsn, long serverIsn) {
        at(millis).send(c2s().seq(clientIsn).flags(SYN).window(64240).mss(1460).sackPermitted().windowScale(7));
        at(millis + 0.5).send(s2c().seq(serverIsn).ack(clientIsn + 1).flags(SYN).window(65160).mss(1460)
                .sackPermitted().windowScale(7));
        return at(millis + 1).send(c2s().seq(clientIsn + 1).ack(serverIsn + 1).window(502));
    }

    int size() {
        return frames.size();
    }

    Path write(Path file) throws IOException {
        return write(file, PcapWriter.DEFAULT_SNAPLEN);
    }

    /** Writes a µs pcap, cutting frames at {@code snaplen} like {@code tcpdump -s}. */
    Path write(Path file, int snaplen) throws IOException {
        try (PcapWriter w = PcapWriter.create(file, LinkType.ETHERNET, snaplen, PcapWriter.Resolution.NANOS,
                ByteOrder.LITTLE_ENDIAN)) {
            for (int i = 0; i < frames.size(); i++) {
                w.write(times.get(i), frames.get(i));
            }
        }
        return file;
    }
}
