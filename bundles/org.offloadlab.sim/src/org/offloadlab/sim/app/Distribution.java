package org.offloadlab.sim.app;

import org.offloadlab.sim.RandomStream;

/**
 * A distribution of sizes or times for synthetic workloads, sampled from a caller's seeded {@link RandomStream}.
 * Construct with the factories; parameters are validated with messages naming the parameter.
 */
public sealed interface Distribution {

    /** One sample (≥ 0 for every distribution here). */
    double sample(RandomStream random);

    /** Expected value ({@link Double#POSITIVE_INFINITY} where it does not exist). */
    double mean();

    /** A sample rounded to a non-negative {@code long}. */
    default long sampleLong(RandomStream random) {
        return Math.max(0, Math.round(sample(random)));
    }

    static Distribution constant(double value) {
        return new Constant(value);
    }

    static Distribution exponential(double mean) {
        return new Exponential(mean);
    }

    static Distribution uniform(double low, double high) {
        return new Uniform(low, high);
    }

    /** Pareto type I with minimum {@code scale} and tail index {@code shape}, unbounded. */
    static Distribution pareto(double scale, double shape) {
        return new Pareto(scale, shape, Double.POSITIVE_INFINITY);
    }

    /** Pareto type I truncated (by rejection-free clamping) at {@code max}, so heavy tails stay bounded. */
    static Distribution pareto(double scale, double shape, double max) {
        return new Pareto(scale, shape, max);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Always {@code value}. */
    record Constant(double value) implements Distribution {
        public Constant {
            check(value >= 0 && Double.isFinite(value), "constant distribution value must be finite and >= 0, got "
                    + value);
        }

        @Override
        public double sample(RandomStream random) {
            return value;
        }

        @Override
        public double mean() {
            return value;
        }
    }

    /** Exponential with the given mean (inverse transform), e.g. Poisson inter-arrival times. */
    record Exponential(double mean) implements Distribution {
        public Exponential {
            check(mean > 0 && Double.isFinite(mean), "exponential distribution mean must be finite and > 0, got "
                    + mean);
        }

        @Override
        public double sample(RandomStream random) {
            return random.exponential(mean);
        }
    }

    /** Uniform in [low, high). */
    record Uniform(double low, double high) implements Distribution {
        public Uniform {
            check(low >= 0 && high >= low && Double.isFinite(high),
                    "uniform distribution needs 0 <= low <= high < infinity, got [" + low + ", " + high + ")");
        }

        @Override
        public double sample(RandomStream random) {
            return low + (high - low) * random.nextDouble();
        }

        @Override
        public double mean() {
            return (low + high) / 2;
        }
    }

    /**
     * Pareto type I: P(X > x) = (scale/x)^shape for x ≥ scale, sampled as scale·U^(−1/shape) with U in (0, 1], then
     * clamped to {@code max}. The mean is that of the untruncated distribution (infinite for shape ≤ 1).
     */
    record Pareto(double scale, double shape, double max) implements Distribution {
        public Pareto {
            check(scale > 0 && Double.isFinite(scale), "Pareto scale must be finite and > 0, got " + scale);
            check(shape > 0 && Double.isFinite(shape), "Pareto shape must be finite and > 0, got " + shape);
            check(max >= scale, "Pareto max must be >= scale (" + scale + "), got " + max);
        }

        @Override
        public double sample(RandomStream random) {
            double u = 1 - random.nextDouble(); // (0, 1]
            return Math.min(max, scale * Math.pow(u, -1 / shape));
        }

        @Override
        public double mean() {
            return shape <= 1 ? Double.POSITIVE_INFINITY : shape * scale / (shape - 1);
        }
    }
}
