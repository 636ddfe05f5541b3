package org.offloadlab.testing;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds Ethernet frames carrying one TCP segment over IPv4 or IPv6, with correct IP header and TCP checksums, for
 * tests that need exact segments:
 *
 * <pre>
 * byte[] synAck = TcpFrames.ipv4("10.0.0.2", 80, "10.0.0.1", 40000).seq(5000).ack(1001).flags(SYN)
 *         .mss(1460).sackPermitted().timestamps(7, 3).windowScale(7).build();
 * </pre>
 *
 * TCP options are written in the order they are set (consecutive {@code sack} calls share one SACK option) and padded
 * with EOL to a multiple of four bytes. Flag values are those of {@code org.offloadlab.pcap.TcpSegment}.
 */
public final class TcpFrames {

    public static final int ETHERTYPE_IPV4 = 0x0800;
    public static final int ETHERTYPE_IPV6 = 0x86DD;
    public static final int TPID_8021Q = 0x8100;
    public static final int TPID_8021AD = 0x88A8;

    /** The ACK flag bit, as in {@code TcpSegment.ACK}. */
    private static final int ACK = 0x10;
    private static final int PROTOCOL_TCP = 6;
    private static final int IPV6_FRAGMENT = 44;
    private static final byte[] SOURCE_MAC = {2, 0, 0, 0, 0, 1};
    private static final byte[] DESTINATION_MAC = {2, 0, 0, 0, 0, 2};

    private TcpFrames() {
    }

    public static Builder ipv4(String srcIp, int srcPort, String dstIp, int dstPort) {
        return new Builder(false, address(srcIp, false), srcPort, address(dstIp, false), dstPort);
    }

    public static Builder ipv6(String srcIp, int srcPort, String dstIp, int dstPort) {
        return new Builder(true, address(srcIp, true), srcPort, address(dstIp, true), dstPort);
    }

    private static byte[] address(String literal, boolean v6) {
        if (v6 ? literal.indexOf(':') < 0 : !literal.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new IllegalArgumentException("not an IPv" + (v6 ? 6 : 4) + " literal: " + literal);
        }
        try {
            // a literal never goes to DNS
            InetAddress a = InetAddress.getByName(literal);
            if (v6 ? !(a instanceof Inet6Address) : !(a instanceof Inet4Address)) {
                throw new IllegalArgumentException("not an IPv" + (v6 ? 6 : 4) + " literal: " + literal);
            }
            return a.getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal: " + literal, e);
        }
    }

    /** One frame under construction; every setter returns {@code this}. */
    public static final class Builder {
        private final boolean v6;
        private final byte[] source;
        private final byte[] destination;
        private final int sourcePort;
        private final int destinationPort;
        private long seq;
        private long ack;
        private int flags;
        private int window = 65535;
        private int urgentPointer;
        private int ttl = 64;
        private int ipId = 0x1234;
        private final List<Option> options = new ArrayList<>();
        private byte[] payload = new byte[0];
        private final List<int[]> vlanTags = new ArrayList<>();
        private byte[] ipOptions = new byte[0];
        private final List<int[]> extensionHeaders = new ArrayList<>();
        private int fragmentOffset = -1;
        private boolean moreFragments;
        private int trailer;

        private Builder(boolean v6, byte[] source, int sourcePort, byte[] destination, int destinationPort) {
            this.v6 = v6;
            this.source = source;
            this.sourcePort = sourcePort;
            this.destination = destination;
            this.destinationPort = destinationPort;
        }

        public Builder seq(long value) {
            seq = value & 0xFFFF_FFFFL;
            return this;
        }

        /** Sets the acknowledgment number and the ACK flag. */
        public Builder ack(long value) {
            ack = value & 0xFFFF_FFFFL;
            flags |= ACK;
            return this;
        }

        /** ORs flag bits in (FIN 0x01 … CWR 0x80, NS 0x100). */
        public Builder flags(int bits) {
            flags |= bits;
            return this;
        }

        public Builder window(int value) {
            window = value;
            return this;
        }

        public Builder urgentPointer(int value) {
            urgentPointer = value;
            return this;
        }

        /** IPv4 TTL or IPv6 hop limit (default 64). */
        public Builder ttl(int value) {
            ttl = value;
            return this;
        }

        public Builder mss(int value) {
            return option(2, (byte) (value >> 8), (byte) value);
        }

        public Builder windowScale(int shift) {
            return option(3, (byte) shift);
        }

        public Builder sackPermitted() {
            return option(4);
        }

        /** A SACK block; consecutive calls add blocks to the same option. */
        public Builder sack(long left, long right) {
            Option last = options.isEmpty() ? null : options.get(options.size() - 1);
            if (last == null || last.kind() != 5) {
                last = new Option(5, new ByteArrayOutputStream());
                options.add(last);
            }
            last.data().writeBytes(ByteBuffer.allocate(8).putInt((int) left).putInt((int) right).array());
            return this;
        }

        public Builder timestamps(long value, long echo) {
            return option(8, ByteBuffer.allocate(8).putInt((int) value).putInt((int) echo).array());
        }

        /** Any option, written as kind, length (2 + data), data. */
        public Builder option(int kind, byte... data) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(data);
            options.add(new Option(kind, bytes));
            return this;
        }

        /** Bytes put verbatim into the option area, to build malformed options. */
        public Builder rawOptions(byte... bytes) {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            raw.writeBytes(bytes);
            options.add(new Option(-1, raw));
            return this;
        }

        /** {@code length} zero bytes of payload. */
        public Builder payload(int length) {
            payload = new byte[length];
            return this;
        }

        public Builder payload(byte[] bytes) {
            payload = bytes.clone();
            return this;
        }

        /** An 802.1Q tag; repeat for QinQ, outermost first. */
        public Builder vlan(int id) {
            return vlan(TPID_8021Q, id);
        }

        /** A VLAN tag with the given TPID (0x8100, 0x88a8, 0x9100). */
        public Builder vlan(int tpid, int id) {
            vlanTags.add(new int[]{tpid, id});
            return this;
        }

        /**
         * IPv4: options after the fixed header, padded with EOL. IPv6: the content of a Hop-by-Hop Options header,
         * padded with Pad1.
         */
        public Builder ipOptions(byte[] bytes) {
            ipOptions = bytes.clone();
            return this;
        }

        /**
         * Marks the packet as a fragment: IPv4 fragment offset and MF flag, or an IPv6 Fragment header. The TCP bytes
         * stay as built.
         */
        public Builder fragment(int offsetUnits, boolean more) {
            fragmentOffset = offsetUnits;
            moreFragments = more;
            return this;
        }

        /**
         * An IPv6 extension header of {@code length} bytes, zero-filled except its length field: Hop-by-Hop (0),
         * Routing (43), Destination Options (60) in units of 8, Authentication (51) in units of 4; others (50 ESP, 59
         * No Next Header) are written as opaque bytes. Headers follow each other in call order.
         */
        public Builder extensionHeader(int type, int length) {
            extensionHeaders.add(new int[]{type, length});
            return this;
        }

        /** Ethernet padding or trailer bytes after the IP packet, which are not part of it. */
        public Builder trailer(int bytes) {
            trailer = bytes;
            return this;
        }

        public Builder ipId(int id) {
            ipId = id;
            return this;
        }

        /** The Ethernet frame. */
        public byte[] build() {
            byte[] ip = buildIp();
            ByteBuffer b = ByteBuffer.allocate(14 + 4 * vlanTags.size() + ip.length + trailer);
            b.put(DESTINATION_MAC).put(SOURCE_MAC);
            for (int[] tag : vlanTags) {
                b.putShort((short) tag[0]).putShort((short) tag[1]);
            }
            b.putShort((short) (v6 ? ETHERTYPE_IPV6 : ETHERTYPE_IPV4)).put(ip);
            return b.array();
        }

        /** The IP packet alone, for raw-IP, Linux cooked and loopback link types. */
        public byte[] buildIp() {
            byte[] tcp = tcpSegment();
            return v6 ? ipv6Packet(tcp) : ipv4Packet(tcp);
        }

        private byte[] tcpSegment() {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            for (Option option : options) {
                byte[] data = option.data().toByteArray();
                if (option.kind() < 0) {
                    o.writeBytes(data);
                } else if (option.kind() <= 1) {
                    o.write(option.kind());
                } else {
                    o.write(option.kind());
                    o.write(2 + data.length);
                    o.writeBytes(data);
                }
            }
            byte[] opts = pad(o.toByteArray(), (byte) 0);
            if (opts.length > 40) {
                throw new IllegalStateException("TCP options take " + opts.length + " bytes, more than 40");
            }
            int headerLength = 20 + opts.length;
            ByteBuffer b = ByteBuffer.allocate(headerLength + payload.length);
            b.putShort((short) sourcePort).putShort((short) destinationPort).putInt((int) seq).putInt((int) ack);
            b.put((byte) (headerLength / 4 << 4 | flags >> 8 & 1)).put((byte) flags);
            b.putShort((short) window).putShort((short) 0).putShort((short) urgentPointer);
            b.put(opts).put(payload);
            byte[] segment = b.array();
            int check = fold(checksum(pseudoHeader(segment.length)) + checksum(segment));
            segment[16] = (byte) (check >> 8);
            segment[17] = (byte) check;
            return segment;
        }

        /** RFC 9293 §3.1 (IPv4) and RFC 8200 §8.1 (IPv6) pseudo-headers. */
        private byte[] pseudoHeader(int tcpLength) {
            ByteBuffer p = ByteBuffer.allocate(v6 ? 40 : 12);
            p.put(source).put(destination);
            if (v6) {
                p.putInt(tcpLength).putInt(PROTOCOL_TCP);
            } else {
                p.put((byte) 0).put((byte) PROTOCOL_TCP).putShort((short) tcpLength);
            }
            return p.array();
        }

        private byte[] ipv4Packet(byte[] tcp) {
            byte[] opts = pad(ipOptions, (byte) 0);
            if (opts.length > 40) {
                throw new IllegalStateException("IPv4 options take " + opts.length + " bytes, more than 40");
            }
            int headerLength = 20 + opts.length;
            int flagsAndOffset = fragmentOffset >= 0
                    ? (moreFragments ? 0x2000 : 0) | fragmentOffset & 0x1FFF
                    : 0x4000; // DF, as Linux sets on TCP
            ByteBuffer b = ByteBuffer.allocate(headerLength + tcp.length);
            b.put((byte) (0x40 | headerLength / 4)).put((byte) 0).putShort((short) (headerLength + tcp.length));
            b.putShort((short) ipId).putShort((short) flagsAndOffset).put((byte) ttl).put((byte) PROTOCOL_TCP);
            b.putShort((short) 0).put(source).put(destination).put(opts);
            byte[] header = b.array();
            int check = fold(checksum(Arrays.copyOf(header, headerLength)));
            header[10] = (byte) (check >> 8);
            header[11] = (byte) check;
            System.arraycopy(tcp, 0, header, headerLength, tcp.length);
            return header;
        }

        private byte[] ipv6Packet(byte[] tcp) {
            ByteArrayOutputStream ext = new ByteArrayOutputStream();
            List<int[]> chain = new ArrayList<>();
            if (ipOptions.length > 0) {
                chain.add(new int[]{0, -1});
            }
            chain.addAll(extensionHeaders);
            if (fragmentOffset >= 0) {
                chain.add(new int[]{IPV6_FRAGMENT, 8});
            }
            int first = chain.isEmpty() ? PROTOCOL_TCP : chain.get(0)[0];
            for (int i = 0; i < chain.size(); i++) {
                int type = chain.get(i)[0];
                int next = i + 1 < chain.size() ? chain.get(i + 1)[0] : PROTOCOL_TCP;
                ext.writeBytes(extensionHeader(type, chain.get(i)[1], next));
            }
            byte[] headers = ext.toByteArray();
            ByteBuffer b = ByteBuffer.allocate(40 + headers.length + tcp.length);
            b.putInt(6 << 28).putShort((short) (headers.length + tcp.length)).put((byte) first).put((byte) ttl);
            b.put(source).put(destination).put(headers).put(tcp);
            return b.array();
        }

        private byte[] extensionHeader(int type, int length, int next) {
            if (type == 0 && length < 0) {
                // Hop-by-Hop carrying ipOptions: 2 header bytes + options, padded with Pad1 (0) to 8n
                int total = (ipOptions.length + 2 + 7) / 8 * 8;
                byte[] h = new byte[total];
                h[0] = (byte) next;
                h[1] = (byte) (total / 8 - 1);
                System.arraycopy(ipOptions, 0, h, 2, ipOptions.length);
                return h;
            }
            if (type == IPV6_FRAGMENT) {
                byte[] h = new byte[8];
                h[0] = (byte) next;
                int offsetAndFlags = fragmentOffset << 3 | (moreFragments ? 1 : 0);
                h[2] = (byte) (offsetAndFlags >> 8);
                h[3] = (byte) offsetAndFlags;
                h[7] = 1; // identification
                return h;
            }
            byte[] h = new byte[length];
            h[0] = (byte) next;
            if (type == 0 || type == 43 || type == 60) {
                if (length < 8 || length % 8 != 0) {
                    throw new IllegalArgumentException("extension header length must be 8n: " + length);
                }
                h[1] = (byte) (length / 8 - 1);
            } else if (type == 51) {
                if (length < 12 || length % 4 != 0) {
                    throw new IllegalArgumentException("AH length must be 4n ≥ 12: " + length);
                }
                h[1] = (byte) (length / 4 - 2);
            }
            return h;
        }
    }

    private record Option(int kind, ByteArrayOutputStream data) {
    }

    private static byte[] pad(byte[] bytes, byte filler) {
        byte[] padded = Arrays.copyOf(bytes, (bytes.length + 3) / 4 * 4);
        Arrays.fill(padded, bytes.length, padded.length, filler);
        return padded;
    }

    /** RFC 1071 one's-complement sum of 16-bit words, unfolded. */
    private static long checksum(byte[] bytes) {
        long sum = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            sum += (bytes[i] & 0xFF) << 8 | bytes[i + 1] & 0xFF;
        }
        if (bytes.length % 2 != 0) {
            sum += (bytes[bytes.length - 1] & 0xFF) << 8;
        }
        return sum;
    }

    private static int fold(long sum) {
        long s = sum;
        while (s >>> 16 != 0) {
            s = (s & 0xFFFF) + (s >>> 16);
        }
        return (int) ~s & 0xFFFF;
    }
}
