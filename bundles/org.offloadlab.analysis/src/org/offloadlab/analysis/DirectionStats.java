package org.offloadlab.analysis;

/**
 * What one direction of a connection carried.
 *
 * @param packets
 *            frames in this direction
 * @param bytes
 *            sum of frame lengths on the wire (as tshark's conv,tcp counts them)
 * @param payloadBytes
 *            TCP payload bytes including every retransmitted copy
 * @param uniquePayloadBytes
 *            size of the union of all sequence ranges carried
 * @param inOrderPayloadBytes
 *            length of the contiguous range from ISN+1 that a correct receiver delivers to the application (stops at
 *            the first hole never filled in the capture)
 * @param holes
 *            gaps in the union of sequence ranges
 * @param syn
 *            segments with SYN
 * @param fin
 *            segments with FIN
 * @param rst
 *            segments with RST
 * @param urg
 *            segments with URG
 * @param sackSegments
 *            segments carrying SACK blocks
 * @param mss
 *            MSS offered in this direction's SYN, -1 unknown
 * @param windowScale
 *            window-scale shift offered in this direction's SYN, -1 when not offered or not seen
 * @param windowScaleKnown
 *            true when the handshake was seen, so scaled windows can be computed
 * @param sackPermitted
 *            SACK-permitted offered in this direction's SYN
 * @param timestamps
 *            timestamps option offered in this direction's SYN
 * @param payloadTruncated
 *            the capture cut payload off (snaplen), so payload contents are incomplete
 */
public record DirectionStats(long packets, long bytes, long payloadBytes, long uniquePayloadBytes,
        long inOrderPayloadBytes, int holes, int syn, int fin, int rst, int urg, int sackSegments, int mss,
        int windowScale, boolean windowScaleKnown, boolean sackPermitted, boolean timestamps,
        boolean payloadTruncated) {
}
