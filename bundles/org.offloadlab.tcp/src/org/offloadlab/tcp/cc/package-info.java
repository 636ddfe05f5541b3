/**
 * Pluggable congestion control for the TCP engine: the {@link org.offloadlab.tcp.cc.CongestionControl} strategy and its
 * implementations {@link org.offloadlab.tcp.cc.NewReno} (RFC 5681, RFC 6582) and {@link org.offloadlab.tcp.cc.Cubic}
 * (RFC 9438).
 */
package org.offloadlab.tcp.cc;
