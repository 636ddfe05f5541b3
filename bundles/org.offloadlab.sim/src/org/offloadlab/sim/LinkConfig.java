package org.offloadlab.sim;

/**
 * The behaviour of one direction of a point-to-point link: propagation delay and jitter, a bottleneck of finite
 * bandwidth with a finite drop-tail queue (optionally RED), random loss (Bernoulli and/or Gilbert–Elliott bursts),
 * reordering, duplication and corruption. Immutable; {@link #builder()} validates every field with a message naming it.
 *
 * @param delayNanos
 *            one-way propagation delay
 * @param jitterNanos
 *            extra delay drawn uniformly from [0, jitter] per packet; it never reorders packets unless
 *            {@code jitterReorders} (a later packet is held back behind an earlier one, as a FIFO path does)
 * @param jitterReorders
 *            let jitter reorder packets (each packet's delay independent of the others)
 * @param bandwidthBitsPerSecond
 *            serialisation rate of the bottleneck; 0 = infinite (no serialisation delay, no queue)
 * @param queueLimit
 *            capacity of the transmit queue (the packet being serialised included), in {@code queueUnit}
 * @param queueUnit
 *            whether {@code queueLimit} counts packets or bytes
 * @param red
 *            Random Early Detection on the queue (Floyd and Jacobson 1993), or null for plain drop-tail
 * @param lossRate
 *            independent (Bernoulli) loss probability per packet
 * @param gilbertElliott
 *            two-state burst loss model applied in addition to {@code lossRate}, or null
 * @param reorderProbability
 *            probability that a packet is held back by {@code reorderDelayNanos} (so later packets overtake it)
 * @param reorderDelayNanos
 *            extra delay of a reordered packet
 * @param duplicateProbability
 *            probability that a delivered packet arrives twice
 * @param corruptProbability
 *            probability that a packet arrives damaged ({@link Packet#corrupt()})
 */
public record LinkConfig(long delayNanos, long jitterNanos, boolean jitterReorders, long bandwidthBitsPerSecond,
        long queueLimit, QueueUnit queueUnit, Red red, double lossRate, GilbertElliott gilbertElliott,
        double reorderProbability, long reorderDelayNanos, double duplicateProbability, double corruptProbability) {

    /** Unit of {@link LinkConfig#queueLimit()}. */
    public enum QueueUnit {
        PACKETS, BYTES
    }

    /**
     * Random Early Detection (S. Floyd, V. Jacobson, "Random Early Detection Gateways for Congestion Avoidance", 1993):
     * the average queue is an EWMA with weight {@code weight} of the instantaneous queue (in the queue's unit); below
     * {@code minThreshold} nothing is dropped, above {@code maxThreshold} everything, in between with a probability
     * rising linearly to {@code maxProbability} (the "gentle" variant and the count-based spacing are not modelled).
     */
    public record Red(double minThreshold, double maxThreshold, double maxProbability, double weight) {
        public Red {
            if (!(minThreshold >= 0) || !(maxThreshold > minThreshold)) {
                throw new IllegalArgumentException("RED thresholds must satisfy 0 <= min < max, got min=" + minThreshold
                        + " max=" + maxThreshold);
            }
            checkProbability("RED maxProbability", maxProbability);
            if (!(weight > 0 && weight <= 1)) {
                throw new IllegalArgumentException("RED weight must be in (0, 1], got " + weight);
            }
        }
    }

    /**
     * The Gilbert–Elliott channel (E. N. Gilbert 1960, E. O. Elliott 1963): a Markov chain over GOOD and BAD states,
     * evaluated once per packet, each state with its own loss probability. Stationary share of BAD is {@code p/(p+r)};
     * a stay in BAD lasts {@code 1/r} packets on average, so with {@code lossBad = 1} and {@code lossGood = 0} loss
     * bursts are geometric with mean {@code 1/r}.
     *
     * @param goodToBad
     *            p, probability of moving GOOD → BAD per packet
     * @param badToGood
     *            r, probability of moving BAD → GOOD per packet
     * @param lossGood
     *            loss probability in GOOD (1 − k in Gilbert's notation)
     * @param lossBad
     *            loss probability in BAD (1 − h)
     */
    public record GilbertElliott(double goodToBad, double badToGood, double lossGood, double lossBad) {
        public GilbertElliott {
            checkProbability("Gilbert-Elliott goodToBad", goodToBad);
            checkProbability("Gilbert-Elliott badToGood", badToGood);
            checkProbability("Gilbert-Elliott lossGood", lossGood);
            checkProbability("Gilbert-Elliott lossBad", lossBad);
            if (badToGood == 0 && goodToBad > 0) {
                throw new IllegalArgumentException(
                        "Gilbert-Elliott badToGood must be > 0 (the BAD state would never end)");
            }
        }

        /** Long-run loss probability: π_G·lossGood + π_B·lossBad. */
        public double meanLossRate() {
            double sum = goodToBad + badToGood;
            double bad = sum == 0 ? 0 : goodToBad / sum;
            return (1 - bad) * lossGood + bad * lossBad;
        }
    }

    public LinkConfig {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("link delay must be >= 0 ns, got " + delayNanos);
        }
        if (jitterNanos < 0) {
            throw new IllegalArgumentException("link jitter must be >= 0 ns, got " + jitterNanos);
        }
        if (bandwidthBitsPerSecond < 0) {
            throw new IllegalArgumentException(
                    "link bandwidth must be >= 0 bit/s (0 = infinite), got " + bandwidthBitsPerSecond);
        }
        if (queueUnit == null) {
            throw new IllegalArgumentException("link queue unit must be PACKETS or BYTES, got null");
        }
        if (queueLimit < 1) {
            throw new IllegalArgumentException("link queue limit must be >= 1 " + queueUnit + ", got " + queueLimit);
        }
        if (queueUnit == QueueUnit.BYTES && queueLimit < 64) {
            throw new IllegalArgumentException(
                    "link queue limit in bytes must hold at least one packet (>= 64), got " + queueLimit);
        }
        if (red != null && red.maxThreshold() > queueLimit) {
            throw new IllegalArgumentException(
                    "RED maxThreshold " + red.maxThreshold() + " exceeds the queue limit " + queueLimit);
        }
        checkProbability("link lossRate", lossRate);
        checkProbability("link reorderProbability", reorderProbability);
        checkProbability("link duplicateProbability", duplicateProbability);
        checkProbability("link corruptProbability", corruptProbability);
        if (reorderDelayNanos < 0) {
            throw new IllegalArgumentException("link reorderDelay must be >= 0 ns, got " + reorderDelayNanos);
        }
        if (reorderProbability > 0 && reorderDelayNanos == 0) {
            throw new IllegalArgumentException("link reorderProbability > 0 needs a reorderDelay > 0 ns");
        }
    }

    private static void checkProbability(String what, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(what + " must be a probability in [0, 1], got " + p);
        }
    }

    /** A perfect link: no delay, infinite bandwidth, nothing lost. */
    public static LinkConfig ideal() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether the link serialises packets (finite bandwidth). */
    public boolean hasBottleneck() {
        return bandwidthBitsPerSecond > 0;
    }

    /** Mutable builder; {@link #build()} validates. Defaults: ideal link, queue of 1000 packets (Linux txqueuelen). */
    public static final class Builder {
        private long delayNanos;
        private long jitterNanos;
        private boolean jitterReorders;
        private long bandwidthBitsPerSecond;
        private long queueLimit = 1000;
        private QueueUnit queueUnit = QueueUnit.PACKETS;
        private Red red;
        private double lossRate;
        private GilbertElliott gilbertElliott;
        private double reorderProbability;
        private long reorderDelayNanos;
        private double duplicateProbability;
        private double corruptProbability;

        Builder() {
        }

        Builder(LinkConfig c) {
            delayNanos = c.delayNanos;
            jitterNanos = c.jitterNanos;
            jitterReorders = c.jitterReorders;
            bandwidthBitsPerSecond = c.bandwidthBitsPerSecond;
            queueLimit = c.queueLimit;
            queueUnit = c.queueUnit;
            red = c.red;
            lossRate = c.lossRate;
            gilbertElliott = c.gilbertElliott;
            reorderProbability = c.reorderProbability;
            reorderDelayNanos = c.reorderDelayNanos;
            duplicateProbability = c.duplicateProbability;
            corruptProbability = c.corruptProbability;
        }

        public Builder delayNanos(long value) {
            delayNanos = value;
            return this;
        }

        public Builder jitterNanos(long value) {
            jitterNanos = value;
            return this;
        }

        public Builder jitterReorders(boolean value) {
            jitterReorders = value;
            return this;
        }

        public Builder bandwidthBitsPerSecond(long value) {
            bandwidthBitsPerSecond = value;
            return this;
        }

        /** Queue capacity in packets. */
        public Builder queuePackets(long packets) {
            queueLimit = packets;
            queueUnit = QueueUnit.PACKETS;
            return this;
        }

        /** Queue capacity in bytes (wire bytes, framing included). */
        public Builder queueBytes(long bytes) {
            queueLimit = bytes;
            queueUnit = QueueUnit.BYTES;
            return this;
        }

        public Builder red(Red value) {
            red = value;
            return this;
        }

        public Builder lossRate(double value) {
            lossRate = value;
            return this;
        }

        public Builder gilbertElliott(GilbertElliott value) {
            gilbertElliott = value;
            return this;
        }

        public Builder reorder(double probability, long extraDelayNanos) {
            reorderProbability = probability;
            reorderDelayNanos = extraDelayNanos;
            return this;
        }

        public Builder duplicateProbability(double value) {
            duplicateProbability = value;
            return this;
        }

        public Builder corruptProbability(double value) {
            corruptProbability = value;
            return this;
        }

        public LinkConfig build() {
            return new LinkConfig(delayNanos, jitterNanos, jitterReorders, bandwidthBitsPerSecond, queueLimit,
                    queueUnit, red, lossRate, gilbertElliott, reorderProbability, reorderDelayNanos,
                    duplicateProbability, corruptProbability);
        }
    }
}
