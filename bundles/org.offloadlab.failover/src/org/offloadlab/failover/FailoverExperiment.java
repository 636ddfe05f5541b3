package org.offloadlab.failover;

import java.util.ArrayList;
import java.util.List;

import org.offloadlab.dma.DmaConfig;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.NotificationPolicy;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.tcp.TcpConfig;

/**
 * A failover experiment (IBM patent EP1609063) in one call: host (driver over a primary offload adapter) ↔ link with
 * configurable loss ↔ emulated peer; substitutes in order of use (standby adapter, the host's own stack); a workload; a
 * {@link Strategy}; failures to inject; a seed. {@link #run()} simulates it on virtual time and returns a
 * {@link FailoverResult}. With {@link SubstituteKind#ACTIVE_ADAPTER} the host has two active adapters from the start,
 * one driver each, and the connections are split between them by flow hash. Deterministic: the same configuration and
 * seed give the same result and trace hash.
 *
 * <pre>
 * FailoverResult r = FailoverExperiment.builder().seed(7).workload(WorkloadSpec.bulk(4, 2_000_000, 1_000_000))
 *         .strategy(Strategy.HARD_STATE_ONLY).fail(FailureSpec.atTime(FailureKind.CRASH, 300_000_000L)).build().run();
 * </pre>
 */
public final class FailoverExperiment {

    static final long MS = 1_000_000L;
    static final long S = 1_000_000_000L;

    final long seed;
    final LinkConfig link;
    final WorkloadSpec workload;
    final Strategy strategy;
    final List<SubstituteKind> substitutes;
    final List<FailureSpec> failures;
    final long heartbeatPeriodNanos;
    final int missCount;
    final long horizonNanos;
    final long checkpointPeriodNanos;
    final double tolerance;
    final long convergenceSampleNanos;
    final TcpConfig tcp;
    final NicConfig nic;
    /** The adapters' DMA data path, or null for plain placement. */
    final DmaConfig dma;

    private FailoverExperiment(Builder b) {
        seed = b.seed;
        link = b.link;
        workload = b.workload;
        strategy = b.strategy;
        substitutes = List.copyOf(b.substitutes);
        failures = List.copyOf(b.failures);
        heartbeatPeriodNanos = b.heartbeatPeriodNanos;
        missCount = b.missCount;
        horizonNanos = b.horizonNanos;
        checkpointPeriodNanos = b.checkpointPeriodNanos;
        tolerance = b.tolerance;
        convergenceSampleNanos = b.convergenceSampleNanos;
        tcp = TcpConfig.linuxDefaults().toBuilder().userTimeoutNanos(b.userTimeoutNanos).build();
        nic = NicConfig.defaults().toBuilder().tcp(tcp).tableCapacity(b.tableCapacity).notification(b.notification)
                .build();
        dma = b.dma;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the experiment to the workload's end (or the horizon) and returns the measurements. */
    public FailoverResult run() {
        return new FailoverRun(this).run();
    }

    /** One-line description for results and golden files. */
    public String description() {
        return workload + ", " + failures.size() + " failure(s), substitutes " + substitutes;
    }

    /** Configuration; every setter checks its value and says what is wrong. */
    public static final class Builder {
        long seed = 1;
        LinkConfig link = LinkConfig.builder().delayNanos(MS).bandwidthBitsPerSecond(1_000_000_000L)
                .queuePackets(1000).build();
        WorkloadSpec workload = WorkloadSpec.bulk(4, 2_000_000, 1_000_000);
        Strategy strategy = Strategy.HARD_STATE_ONLY;
        List<SubstituteKind> substitutes = new ArrayList<>(
                List.of(SubstituteKind.STANDBY_ADAPTER, SubstituteKind.HOST_STACK));
        List<FailureSpec> failures = new ArrayList<>();
        long heartbeatPeriodNanos = MS;
        int missCount = 3;
        long horizonNanos = 120 * S;
        long userTimeoutNanos = 30 * S;
        long checkpointPeriodNanos = MS;
        double tolerance = 0.25;
        long convergenceSampleNanos = MS;
        int tableCapacity = 4096;
        NotificationPolicy notification = new NotificationPolicy.Piecemeal();
        DmaConfig dma;

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder link(LinkConfig v) {
            link = require(v, "link");
            return this;
        }

        public Builder workload(WorkloadSpec v) {
            workload = require(v, "workload");
            return this;
        }

        public Builder strategy(Strategy v) {
            strategy = require(v, "strategy");
            return this;
        }

        /** Substitutes in the order they take over (a later one serves when an earlier one fails too). */
        public Builder substitutes(SubstituteKind... v) {
            substitutes = new ArrayList<>(List.of(v));
            return this;
        }

        public Builder fail(FailureSpec v) {
            failures.add(require(v, "failure"));
            return this;
        }

        /** Heartbeat period and the number of unanswered heartbeats that declare the adapter failed. */
        public Builder heartbeat(long periodNanos, int misses) {
            if (periodNanos <= 0 || misses < 1) {
                throw new IllegalArgumentException("heartbeat period must be > 0 ns and misses >= 1, got "
                        + periodNanos + " ns, " + misses);
            }
            heartbeatPeriodNanos = periodNanos;
            missCount = misses;
            return this;
        }

        public Builder horizonNanos(long v) {
            horizonNanos = positive(v, "horizon");
            return this;
        }

        /** The peers' (and engines') user timeout (RFC 9293 §3.8.4): a failover must finish before it. */
        public Builder userTimeoutNanos(long v) {
            userTimeoutNanos = positive(v, "user timeout");
            return this;
        }

        public Builder checkpointPeriodNanos(long v) {
            checkpointPeriodNanos = positive(v, "checkpoint period");
            return this;
        }

        /** Soft state has converged when cwnd ≥ (1 − t)·before and |SRTT − before| ≤ t·before. */
        public Builder convergenceTolerance(double t) {
            if (!(t > 0 && t < 1)) {
                throw new IllegalArgumentException("convergence tolerance must be in (0, 1), got " + t);
            }
            tolerance = t;
            return this;
        }

        public Builder tableCapacity(int v) {
            tableCapacity = (int) positive(v, "table capacity");
            return this;
        }

        public Builder notification(NotificationPolicy v) {
            notification = require(v, "notification policy");
            return this;
        }

        /**
         * Primary and standby adapters place received data through a DMA buffer manager built from {@code v} (buffer
         * groups, delayed DMA); null (the default) for plain placement. The host stack substitute never uses it.
         */
        public Builder dma(DmaConfig v) {
            dma = v;
            return this;
        }

        public FailoverExperiment build() {
            if (substitutes.contains(SubstituteKind.ACTIVE_ADAPTER) && substitutes.size() != 1) {
                throw new IllegalArgumentException("failover experiment: ACTIVE_ADAPTER must be the only substitute "
                        + "(the second active adapter has its own driver), got " + substitutes);
            }
            return new FailoverExperiment(this);
        }

        private static <T> T require(T v, String what) {
            if (v == null) {
                throw new IllegalArgumentException("failover experiment: " + what + " is required");
            }
            return v;
        }

        private static long positive(long v, String what) {
            if (v <= 0) {
                throw new IllegalArgumentException("failover experiment: " + what + " must be > 0, got " + v);
            }
            return v;
        }
    }
}
