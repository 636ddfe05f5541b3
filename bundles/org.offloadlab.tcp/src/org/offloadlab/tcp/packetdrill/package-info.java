/**
 * A packetdrill-syntax script runner for the TCP engine: {@link org.offloadlab.tcp.packetdrill.PacketdrillRunner#run}
 * parses a {@code .pkt} script ({@link org.offloadlab.tcp.packetdrill.ScriptParser}) and executes it against a
 * {@link org.offloadlab.tcp.TcpStack} in virtual time, giving a {@link org.offloadlab.tcp.packetdrill.ScriptResult}.
 */
package org.offloadlab.tcp.packetdrill;
