/**
 * Reading, decoding, filtering and writing packet captures: {@link org.offloadlab.pcap.CaptureFiles} opens pcap and
 * pcapng files as streams of {@link org.offloadlab.pcap.Frame}s, {@link org.offloadlab.pcap.PacketDecoder} decodes them
 * down to TCP, {@link org.offloadlab.pcap.BpfFilter} runs libpcap filters, {@link org.offloadlab.pcap.PcapWriter}
 * writes classic pcap. Damaged files raise {@link org.offloadlab.pcap.CaptureFormatException} with file and offset.
 */
package org.offloadlab.pcap;
