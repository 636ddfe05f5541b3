package org.offloadlab.replay;

/**
 * The adapter's total offload state at one moment of capture time.
 *
 * @param timeNanos
 *            capture time (ns since the epoch)
 * @param connections
 *            connections the adapter holds (any state other than CLOSED; TIME-WAIT included)
 * @param hardStateBytes
 *            hard state of all of them, serialized as for recovery, including unacknowledged send data
 * @param unackedSendBytes
 *            unacknowledged send data alone
 */
public record HeldStateSample(long timeNanos, int connections, long hardStateBytes, long unackedSendBytes) {
}
