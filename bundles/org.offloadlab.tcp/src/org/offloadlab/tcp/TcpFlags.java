package org.offloadlab.tcp;

/**
 * The control bits of the TCP header (RFC 9293 §3.1; CWR and ECE from RFC 3168) as bit masks over the low byte of
 * header word 3, so a segment carries them in one {@code int}.
 */
public final class TcpFlags {

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;
    public static final int ECE = 0x40;
    public static final int CWR = 0x80;
    /** Bits 4..6 of byte 12 (reserved, RFC 9293) plus AE (RFC 3540 legacy): kept for round trip. */
    public static final int RESERVED_MASK = 0xE00;

    private static final String[] NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};

    private TcpFlags() {
    }

    /** Whether all bits of {@code mask} are set in {@code flags}. */
    public static boolean has(int flags, int mask) {
        return (flags & mask) == mask;
    }

    /** "SYN|ACK" style rendering for messages and test failures. */
    public static String toString(int flags) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) {
                if (b.length() > 0) {
                    b.append('|');
                }
                b.append(NAMES[i]);
            }
        }
        return b.length() == 0 ? "none" : b.toString();
    }
}
