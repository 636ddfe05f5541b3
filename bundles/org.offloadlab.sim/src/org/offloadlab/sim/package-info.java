/**
 * Discrete-event simulation kernel: virtual time in nanoseconds, an event queue, seeded per-component random streams,
 * links between nodes, and emulated peers running the TCP engine. Single-threaded and deterministic: the same topology,
 * workload and seed give the same event trace.
 */
package org.offloadlab.sim;
