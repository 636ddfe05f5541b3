/**
 * Implementation: the streaming pcap/pcapng readers over one reusable file window, the libpcap bridge, and the
 * link/IP/TCP header parsers. Not API; exported only to the test fragment.
 */
package org.offloadlab.pcap.internal;
