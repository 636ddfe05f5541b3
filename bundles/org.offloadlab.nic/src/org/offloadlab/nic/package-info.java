/**
 * The emulated TCP offload adapter: {@link org.offloadlab.nic.OffloadAdapter} with its capability descriptor
 * ({@link org.offloadlab.nic.NicCapabilities}), connection table, offloaded connection establishment with piecemeal,
 * bulk and adaptive notification ({@link org.offloadlab.nic.NotificationPolicy}), SYN-flood defences
 * ({@link org.offloadlab.nic.SynDefense}), and the host interface ({@link org.offloadlab.nic.HostInterface}: commands,
 * doorbells, completions, interrupts with coalescing, a bus) with every interaction counted
 * ({@link org.offloadlab.nic.InteractionCounters}). See docs/NIC.md.
 */
package org.offloadlab.nic;
