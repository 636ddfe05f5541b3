package org.offloadlab.pcap;

/** Container formats a {@link CaptureReader} can read. */
public enum CaptureFormat {
    /** Classic libpcap format, microsecond or nanosecond timestamps, either byte order. */
    PCAP,
    /** pcapng (Section Header, Interface Description, Enhanced/Simple Packet blocks, …). */
    PCAPNG
}
