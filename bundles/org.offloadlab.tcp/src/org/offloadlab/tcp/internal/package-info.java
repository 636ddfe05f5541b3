/**
 * Engine internals: send and receive buffers, the out-of-order assembler, the SACK scoreboard, the RTT estimator and
 * the keyed hash for ISNs. Exported to the test fragment only.
 */
package org.offloadlab.tcp.internal;
