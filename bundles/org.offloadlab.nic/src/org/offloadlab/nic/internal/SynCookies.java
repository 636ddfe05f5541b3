package org.offloadlab.nic.internal;

/**
 * SYN cookies (RFC 4987 §3.6, after Linux's {@code cookie_v4_init_sequence}): the SYN-ACK's ISS encodes what the
 * adapter must remember of a SYN, so that a half-open connection costs no memory. ISS = client ISN + (t &lt;&lt; 27 |
 * mssIndex &lt;&lt; 24 | hash24), where t is a 5-bit counter of 60-second periods and hash24 is a keyed hash of the
 * 4-tuple, the client ISN and t. A returning ACK (SEG.ACK − 1 = ISS) is accepted when the hash matches and t is at most
 * {@link #MAX_AGE_PERIODS} periods old. Options that do not fit in the ISS (window scale, SACK) ride in the low 6 bits
 * of the SYN-ACK's TSval, as Linux does ({@code cookie_init_timestamp}); without timestamps they are lost and the
 * connection runs without them.
 * <p>
 * The hash is a keyed 64-bit mix (SplitMix64 finalizer rounds), not SipHash: enough to make cookies unguessable in a
 * simulation, not a security claim.
 */
public final class SynCookies {

    /** Linux's msstab for IPv4: a cookie can only say one of these. */
    private static final int[] MSS_TABLE = {536, 1300, 1440, 1460};
    /** Length of a cookie period (Linux: one minute). */
    public static final long PERIOD_NANOS = 60_000_000_000L;
    /** Oldest accepted cookie, in periods (Linux MAX_SYNCOOKIE_AGE). */
    public static final int MAX_AGE_PERIODS = 2;
    /** TSval bits that carry options: wscale (4 bits, 0xF = none) and SACK-permitted (bit 4). */
    public static final int TS_OPTION_MASK = 0x3F;
    private static final int NO_WSCALE = 0xF;

    private final long secret;

    public SynCookies(long secret) {
        this.secret = secret;
    }

    /** The largest MSS of the table not above {@code peerMss} (RFC 4987 §3.6: a few MSS values are encoded). */
    public static int mssIndex(int peerMss) {
        int idx = 0;
        for (int i = 0; i < MSS_TABLE.length; i++) {
            if (MSS_TABLE[i] <= peerMss) {
                idx = i;
            }
        }
        return idx;
    }

    public static int mss(int index) {
        return MSS_TABLE[index];
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private int hash24(int remoteHost, int remotePort, int localAddress, int localPort, int clientIsn, int t) {
        long h = mix(secret ^ ((long) remoteHost << 32 | localAddress & 0xFFFFFFFFL));
        h = mix(h ^ ((long) remotePort << 48 | (long) localPort << 32 | clientIsn & 0xFFFFFFFFL));
        h = mix(h ^ t);
        return (int) h & 0xFFFFFF;
    }

    private static int period(long nowNanos) {
        return (int) (nowNanos / PERIOD_NANOS) & 0x1F;
    }

    /** The ISS for a SYN with sequence number {@code clientIsn} and MSS option {@code peerMss}. */
    public int encode(int remoteHost, int remotePort, int localAddress, int localPort, int clientIsn, int peerMss,
            long nowNanos) {
        int t = period(nowNanos);
        int raw = t << 27 | mssIndex(peerMss) << 24
                | hash24(remoteHost, remotePort, localAddress, localPort, clientIsn, t);
        return clientIsn + raw;
    }

    /**
     * Checks the cookie of a handshake-completing ACK ({@code seq} = client ISN + 1, {@code ack} = ISS + 1). Returns
     * the MSS index (0..3), or -1 if the cookie is forged or too old.
     */
    public int decode(int remoteHost, int remotePort, int localAddress, int localPort, int seq, int ack,
            long nowNanos) {
        int clientIsn = seq - 1;
        int raw = ack - 1 - clientIsn;
        int t = raw >>> 27;
        int age = (period(nowNanos) - t) & 0x1F;
        if (age > MAX_AGE_PERIODS) {
            return -1;
        }
        int mssIdx = raw >>> 24 & 0x7;
        if (mssIdx >= MSS_TABLE.length
                || (raw & 0xFFFFFF) != hash24(remoteHost, remotePort, localAddress, localPort, clientIsn, t)) {
            return -1;
        }
        return mssIdx;
    }

    /** Option bits for the TSval low bits: the peer's window scale (-1 = none) and SACK-permitted. */
    public static int timestampOptions(int peerWscale, boolean sack) {
        return (peerWscale < 0 ? NO_WSCALE : Math.min(14, peerWscale)) | (sack ? 0x10 : 0);
    }

    /** A TSval carrying {@code options} that is not above the clock value {@code tsNow} (PAWS needs monotony). */
    public static int timestampWithOptions(int tsNow, int options) {
        int ts = tsNow & ~TS_OPTION_MASK | options;
        return Integer.compareUnsigned(ts, tsNow) > 0 ? ts - (TS_OPTION_MASK + 1) : ts;
    }

    /** The peer's window scale from echoed option bits, or -1 if it sent none. */
    public static int peerWscale(int tsEcr) {
        int w = tsEcr & 0xF;
        return w == NO_WSCALE ? -1 : w;
    }

    public static boolean sackPermitted(int tsEcr) {
        return (tsEcr & 0x10) != 0;
    }

    /** A per-4-tuple timestamp offset, recomputable when the ACK returns (RFC 7323 §5.4 allows any offset). */
    public int timestampOffset(int remoteHost, int remotePort, int localPort) {
        return (int) mix(secret * 31 ^ ((long) remoteHost << 32 | (long) remotePort << 16 | localPort));
    }
}
