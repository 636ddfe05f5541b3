package org.offloadlab.tcp.linux;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Random;

import org.offloadlab.tcp.MalformedSegmentException;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.TcpChecksum;
import org.offloadlab.tcp.TcpHeaderView;
import org.offloadlab.tcp.TcpStack;

/**
 * Puts a {@link TcpStack} on a TAP interface as one IPv4 host: answers ARP for its address, unwraps Ethernet + IPv4
 * frames from the kernel into segments (checksums verified) and wraps the engine's segments into frames. Everything
 * else (IPv6, other protocols, fragments, other addresses) is ignored. Optionally drops a seeded fraction of the
 * segments in each direction before they reach the engine or the TAP.
 */
final class TapLink {

    private static final int ETH_HEADER = 14;
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_ARP = 0x0806;

    private final TapDevice tap;
    final TcpStack stack;
    private final byte[] mac;
    private final byte[] address;
    private final byte[] peerMac;
    private final byte[] peerAddress;
    private final int peerHost;
    private final Random random;
    private final double loss;
    private final byte[] in = new byte[4096]; // MTU 1500: no offloads are negotiated (no TUNSETOFFLOAD)
    private final byte[] out = new byte[4096];
    private int ipId;
    int framesIn;
    int framesOut;
    int arpAnswered;
    int droppedIn;
    int droppedOut;
    int badChecksums;
    int fullQueue;

    TapLink(TapDevice tap, TcpStack stack, byte[] mac, byte[] address, byte[] peerMac, byte[] peerAddress,
            long seed, double loss) {
        this.tap = tap;
        this.stack = stack;
        this.mac = mac.clone();
        this.address = address.clone();
        this.peerMac = peerMac.clone();
        this.peerAddress = peerAddress.clone();
        this.peerHost = ByteBuffer.wrap(peerAddress).getInt();
        this.random = new Random(seed);
        this.loss = loss;
    }

    int peerHost() {
        return peerHost;
    }

    /** Reads and handles up to {@code max} waiting frames; returns how many there were. */
    int receive(int max) throws IOException {
        int count = 0;
        while (count < max) {
            int n = tap.read(in);
            if (n <= 0) {
                break;
            }
            count++;
            framesIn++;
            handle(n, System.nanoTime());
        }
        return count;
    }

    /** Dispatches what the engine has due at wall-clock time {@code now}. */
    void dispatch(long now) {
        if (stack.pollAt() <= now) {
            stack.dispatch(now, (host, seg) -> transmit(seg));
        }
    }

    void await(int millis) {
        tap.awaitReadable(millis);
    }

    private void handle(int length, long now) {
        if (length < ETH_HEADER) {
            return;
        }
        ByteBuffer f = ByteBuffer.wrap(in, 0, length);
        int type = f.getShort(12) & 0xffff;
        if (type == ETHERTYPE_ARP) {
            arp(f, length);
        } else if (type == ETHERTYPE_IPV4) {
            ipv4(f, length, now);
        }
    }

    private void arp(ByteBuffer f, int length) {
        if (length < ETH_HEADER + 28 || f.getShort(14) != 1 || f.getShort(16) != ETHERTYPE_IPV4 || f.get(18) != 6
                || f.get(19) != 4 || f.getShort(20) != 1) {
            return;
        }
        for (int i = 0; i < 4; i++) {
            if (in[ETH_HEADER + 24 + i] != address[i]) {
                return; // not a request for our address
            }
        }
        ByteBuffer r = ByteBuffer.wrap(out);
        r.put(in, ETH_HEADER + 8, 6).put(mac).putShort((short) ETHERTYPE_ARP); // to the asker
        r.putShort((short) 1).putShort((short) ETHERTYPE_IPV4).put((byte) 6).put((byte) 4).putShort((short) 2);
        r.put(mac).put(address).put(in, ETH_HEADER + 8, 6).put(in, ETH_HEADER + 14, 4);
        write(r.position());
        arpAnswered++;
    }

    private void ipv4(ByteBuffer f, int length, long now) {
        int ip = ETH_HEADER;
        if (length < ip + 20 || (in[ip] & 0xf0) != 0x40) {
            return;
        }
        int ihl = (in[ip] & 0x0f) * 4;
        int total = f.getShort(ip + 2) & 0xffff;
        int fragment = f.getShort(ip + 6) & 0x3fff; // MF and the offset
        if (ihl < 20 || total < ihl || ip + total > length || fragment != 0 || in[ip + 9] != 6) {
            return;
        }
        for (int i = 0; i < 4; i++) {
            if (in[ip + 16 + i] != address[i] || in[ip + 12 + i] != peerAddress[i]) {
                return;
            }
        }
        ByteBuffer wire = ByteBuffer.wrap(java.util.Arrays.copyOfRange(in, ip + ihl, ip + total));
        if (TcpHeaderView.validate(wire, peerAddress, address) != null) {
            badChecksums++;
            return;
        }
        Segment seg;
        try {
            seg = Segment.parse(wire);
        } catch (MalformedSegmentException e) {
            badChecksums++;
            return;
        }
        if (loss > 0 && random.nextDouble() < loss) {
            droppedIn++;
            return;
        }
        stack.process(peerHost, seg, now);
    }

    private void transmit(Segment seg) {
        if (loss > 0 && random.nextDouble() < loss) {
            droppedOut++;
            return;
        }
        int tcpLength = seg.wireLength();
        ByteBuffer frame = ByteBuffer.wrap(out);
        frame.put(peerMac).put(mac).putShort((short) ETHERTYPE_IPV4);
        int ip = frame.position();
        frame.put((byte) 0x45).put((byte) 0).putShort((short) (20 + tcpLength)).putShort((short) ipId++)
                .putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0).put(address)
                .put(peerAddress);
        frame.putShort(ip + 10, (short) ipChecksum(out, ip, 20));
        ByteBuffer tcp = frame.slice(ip + 20, tcpLength);
        seg.emit(tcp);
        tcp.flip();
        TcpChecksum.fill(address, peerAddress, tcp);
        write(ip + 20 + tcpLength);
    }

    private void write(int length) {
        try {
            if (tap.write(out, length)) {
                framesOut++;
            } else {
                fullQueue++;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int ipChecksum(byte[] b, int offset, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 2) {
            sum += ((b[offset + i] & 0xff) << 8) | (b[offset + i + 1] & 0xff);
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) (~sum & 0xffff);
    }

    String stats() {
        return "framesIn=" + framesIn + " framesOut=" + framesOut + " arp=" + arpAnswered + " droppedIn=" + droppedIn
                + " droppedOut=" + droppedOut + " bad=" + badChecksums + " fullQueue=" + fullQueue;
    }
}
