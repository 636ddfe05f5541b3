/**
 * Light load generators for the adapter's establishment path: many engine-less handshake clients, a SYN flood, a
 * fixed-delay wire. Deterministic under the simulator's seed.
 */
package org.offloadlab.nic.workload;
