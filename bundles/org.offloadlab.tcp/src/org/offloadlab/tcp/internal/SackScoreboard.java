package org.offloadlab.tcp.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.offloadlab.tcp.SackBlock;
import org.offloadlab.tcp.SeqNum;

/**
 * The data sender's SACK scoreboard (RFC 6675 §3): disjoint, sorted ranges of sequence space above SND.UNA that the
 * receiver reported in SACK blocks. Soft state: discarded on a retransmission timeout (RFC 6675 §5.1) and rebuilt from
 * later ACKs.
 */
public final class SackScoreboard {

    /** DupThresh of RFC 6675 §2 / RFC 5681 §3.2. */
    public static final int DUP_THRESH = 3;
    private static final int MAX_RANGES = 16;

    private int[] lefts = new int[4];
    private int[] rights = new int[4];
    private int count;

    public boolean isEmpty() {
        return count == 0;
    }

    public int rangeCount() {
        return count;
    }

    public int left(int i) {
        return lefts[i];
    }

    public int right(int i) {
        return rights[i];
    }

    public void clear() {
        count = 0;
    }

    /**
     * Adds SACK blocks, ignoring those that are not inside (SND.UNA, SND.MAX] (RFC 2018 §8: stale or bogus blocks).
     * Returns true if anything new was learned.
     */
    public boolean update(List<SackBlock> blocks, int sndUna, int sndMax) {
        boolean changed = false;
        for (SackBlock b : blocks) {
            int l = b.left();
            int r = b.right();
            if (SeqNum.ge(l, r) || SeqNum.le(r, sndUna) || SeqNum.gt(r, sndMax)) {
                continue;
            }
            changed |= insert(SeqNum.max(l, sndUna), r);
        }
        return changed;
    }

    private boolean insert(int l, int r) {
        int i = 0;
        while (i < count && SeqNum.lt(rights[i], l)) {
            i++;
        }
        int j = i;
        int nl = l;
        int nr = r;
        while (j < count && SeqNum.le(lefts[j], r)) {
            nl = SeqNum.min(nl, lefts[j]);
            nr = SeqNum.max(nr, rights[j]);
            j++;
        }
        if (j - i == 1 && lefts[i] == nl && rights[i] == nr) {
            return false;
        }
        if (j == i && count == MAX_RANGES) {
            return false;
        }
        int newCount = count - (j - i) + 1;
        if (newCount > lefts.length) {
            lefts = Arrays.copyOf(lefts, lefts.length * 2);
            rights = Arrays.copyOf(rights, rights.length * 2);
        }
        System.arraycopy(lefts, j, lefts, i + 1, count - j);
        System.arraycopy(rights, j, rights, i + 1, count - j);
        lefts[i] = nl;
        rights[i] = nr;
        count = newCount;
        return true;
    }

    /** SND.UNA advanced: forget ranges below it. */
    public void removeBelow(int sndUna) {
        int k = 0;
        for (int i = 0; i < count; i++) {
            if (SeqNum.le(rights[i], sndUna)) {
                continue;
            }
            lefts[k] = SeqNum.max(lefts[i], sndUna);
            rights[k] = rights[i];
            k++;
        }
        count = k;
    }

    /** The highest SACKed sequence number plus one, or {@code sndUna} when nothing is SACKed. */
    public int highestSacked(int sndUna) {
        return count == 0 ? sndUna : rights[count - 1];
    }

    public boolean isSacked(int seq) {
        for (int i = 0; i < count; i++) {
            if (SeqNum.inRange(seq, lefts[i], rights[i])) {
                return true;
            }
        }
        return false;
    }

    /** Octets SACKed at or above {@code seq}. */
    public long sackedAbove(int seq) {
        long n = 0;
        for (int i = count - 1; i >= 0 && SeqNum.gt(rights[i], seq); i--) {
            n += SeqNum.distance(SeqNum.max(lefts[i], seq), rights[i]);
        }
        return n;
    }

    /** Discontiguous SACKed ranges entirely above {@code seq}. */
    public int rangesAbove(int seq) {
        int n = 0;
        for (int i = count - 1; i >= 0 && SeqNum.gt(lefts[i], seq); i--) {
            n++;
        }
        return n;
    }

    /**
     * IsLost (RFC 6675 §4): DupThresh discontiguous SACKed ranges above {@code seq}, or more than (DupThresh-1)·SMSS
     * SACKed octets above it.
     */
    public boolean isLost(int seq, int smss) {
        return rangesAbove(seq) >= DUP_THRESH || sackedAbove(seq) > (long) (DUP_THRESH - 1) * smss;
    }

    /** The first sequence number at or after {@code from} that is not SACKed. */
    public int nextUnsacked(int from) {
        int s = from;
        for (int i = 0; i < count; i++) {
            if (SeqNum.inRange(s, lefts[i], rights[i])) {
                s = rights[i];
            }
        }
        return s;
    }

    /**
     * The end of the hole that starts at the unSACKed {@code seq}: the next SACKed left edge above it, or
     * {@code limit}.
     */
    public int holeEnd(int seq, int limit) {
        for (int i = 0; i < count; i++) {
            if (SeqNum.gt(lefts[i], seq)) {
                return SeqNum.min(lefts[i], limit);
            }
        }
        return limit;
    }

    /**
     * SetPipe (RFC 6675 §4): octets believed to be in the network. Between SND.UNA and SND.MAX, an unSACKed octet
     * counts once unless IsLost() says it was lost, and once more if it was retransmitted (below HighRxt). IsLost is
     * constant across a hole (the SACKed octets above are the same for all its octets), so holes are summed whole.
     */
    public long pipe(int sndUna, int sndMax, int highRxt, int smss) {
        long pipe = 0;
        int cursor = sndUna;
        for (int i = 0; i <= count; i++) {
            int holeEnd = i < count ? lefts[i] : sndMax;
            if (SeqNum.lt(cursor, holeEnd)) {
                boolean lost = i < count && isLost(cursor, smss);
                if (!lost) {
                    pipe += SeqNum.distance(cursor, holeEnd);
                }
                if (SeqNum.gt(highRxt, cursor)) {
                    pipe += SeqNum.distance(cursor, SeqNum.min(highRxt, holeEnd));
                }
            }
            if (i < count) {
                cursor = SeqNum.max(cursor, rights[i]);
            }
        }
        return pipe;
    }

    /** The ranges as SACK blocks (for snapshots). */
    public List<SackBlock> toBlocks() {
        List<SackBlock> l = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            l.add(new SackBlock(lefts[i], rights[i]));
        }
        return l;
    }
}
