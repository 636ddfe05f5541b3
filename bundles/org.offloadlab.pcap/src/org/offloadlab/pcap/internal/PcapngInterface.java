package org.offloadlab.pcap.internal;

/**
 * What an Interface Description Block says about the packets that name it (draft-ietf-opsawg-pcapng §4.2).
 *
 * @param linkType
 *            LINKTYPE_* value
 * @param snaplen
 *            maximum bytes captured per packet, 0 for no limit
 * @param timestamps
 *            the if_tsresol / if_tsoffset conversion
 * @param maxCaptured
 *            the largest captured length this reader accepts from the interface
 */
record PcapngInterface(int linkType, long snaplen, TimestampScale timestamps, int maxCaptured) {
}
