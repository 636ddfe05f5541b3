package org.offloadlab.dma.experiment;

import org.offloadlab.dma.ConnectionAttributes;

/**
 * One synthetic connection: its attributes, whether it is latency-sensitive, and its receive traffic (messages of
 * exponentially distributed size around a mean, Poisson arrivals).
 *
 * @param attributes
 *            what the group rules see
 * @param latencySensitive
 *            whether PSH expedites its data
 * @param kind
 *            the class of traffic ({@code web}, {@code interactive}, {@code database}, {@code bulk})
 * @param messagesPerSecond
 *            mean arrival rate
 * @param meanMessageBytes
 *            mean message size
 */
public record TrafficProfile(ConnectionAttributes attributes, boolean latencySensitive, String kind,
        double messagesPerSecond, int meanMessageBytes) {
}
