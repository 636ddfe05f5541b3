/**
 * The OffloadLab TCP engine: a deterministic, I/O-free TCP state machine after RFC 9293 and its companions.
 * <ul>
 * <li>Wire: {@link org.offloadlab.tcp.TcpHeaderView} (checked view over a buffer), {@link org.offloadlab.tcp.Segment}
 * (parsed record, {@code parse}/{@code emit}), {@link org.offloadlab.tcp.TcpChecksum},
 * {@link org.offloadlab.tcp.SeqNum} (modulo 2^32 arithmetic).</li>
 * <li>Engine: {@link org.offloadlab.tcp.TcpConnection} ({@code process}, {@code dispatch}, {@code pollAt}) with
 * {@link org.offloadlab.tcp.State}, {@link org.offloadlab.tcp.Timer}, {@link org.offloadlab.tcp.ConnectionEvent} and
 * {@link org.offloadlab.tcp.TcpConfig} (RFC and Linux profiles).</li>
 * <li>State split: {@link org.offloadlab.tcp.HardState} (what must survive; serialized by
 * {@link org.offloadlab.tcp.HardStateCodec}) and {@link org.offloadlab.tcp.SoftState} (what can be relearned).</li>
 * <li>Sockets: {@link org.offloadlab.tcp.TcpStack} demultiplexes segments, listens with a backlog and accepts.</li>
 * </ul>
 */
package org.offloadlab.tcp;
