package org.offloadlab.pcap;

/**
 * One captured frame as stored in the file, before any protocol decoding.
 *
 * @param number
 *            1-based frame number in the file (as Wireshark counts)
 * @param timestampNanos
 *            capture time in nanoseconds since the Unix epoch, whatever the file's resolution
 * @param linkType
 *            the frame's link-layer header type (a {@link LinkType} value; per interface in pcapng)
 * @param interfaceId
 *            pcapng interface id, 0 for classic pcap
 * @param originalLength
 *            length of the frame on the wire ("len"); may exceed {@code data.length} under a snaplen
 * @param data
 *            the captured bytes ("caplen" of them); owned by the frame, never reused by the reader
 * @param fileOffset
 *            byte offset in the file of the record (pcap record header, pcapng block) holding this frame
 */
public record Frame(long number, long timestampNanos, int linkType, int interfaceId, int originalLength, byte[] data,
        long fileOffset) {

    public int capturedLength() {
        return data.length;
    }

    public boolean truncated() {
        return data.length < originalLength;
    }
}
