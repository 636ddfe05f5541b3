package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.offloadlab.tcp.cc.Cubic;
import org.offloadlab.tcp.cc.NewReno;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/**
 * The end-to-end property of a TCP implementation (RFC 9293 §1: "reliable, in-order, byte-stream service"): two engines
 * joined by a link that loses, reorders, duplicates and corrupts packets deliver both byte streams exactly and close
 * cleanly, whatever the seed, the impairment rates (loss up to 20 %), the amount of data, the MSS, the options and the
 * profile of each end. On a failure jqwik shrinks the scenario towards no impairment, no data and default options, so
 * the report names the smallest scenario found; {@link #replay} reruns one.
 */
class TransferPropertiesTest {

    /** jqwik biases numbers towards small values by default; impairments and sizes should cover their whole range. */
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    /**
     * Virtual time a transfer may take: generous, so a failure means a stall, not an unlucky streak of losses. Costs
     * nothing while the link is idle. Found by this property: 196,730 octets with MSS 87, 16 % loss and no timestamps
     * took 3,214 s, because every ACK of a retransmission is ambiguous (Karn) and the RTO sat at its 60 s ceiling until
     * one ACK for new data got through; slow but correct, so the limit is 20,000 s rather than 3,000 s.
     */
    private static final long LIMIT_NANOS = 20_000L * 1_000_000_000L;

    /**
     * One end's configuration.
     *
     * @param linux
     *            {@link TcpConfig#linuxDefaults()} (CUBIC) rather than {@link TcpConfig#rfcDefaults()} (NewReno)
     */
    record End(boolean linux, int mss, boolean windowScaling, boolean timestamps, boolean sack, boolean noDelay,
            int sendBuffer, int receiveBuffer) {

        TcpConfig config(long secret) {
            TcpConfig base = linux ? TcpConfig.linuxDefaults() : TcpConfig.rfcDefaults();
            return base.toBuilder().mss(mss).windowScaling(windowScaling).timestamps(timestamps).sack(sack)
                    .noDelay(noDelay).sendBufferSize(sendBuffer).receiveBufferSize(receiveBuffer).isnSecret(secret)
                    // patient ends: the user timeout must not end a transfer the link makes merely slow
                    .userTimeoutNanos(LIMIT_NANOS).congestionControl(linux ? Cubic.FACTORY : NewReno.FACTORY)
                    .build();
        }
    }

    /** A whole scenario; its toString is the counterexample jqwik reports. */
    record Scenario(ImpairedLink.Link link, End a, End b, int bytesAtoB, int bytesBtoA) {
    }

    @Property(tries = 5000, seed = "20261124")
    void bothStreamsArriveExactlyAndBothEndsClose(@ForAll("scenarios") Scenario s) {
        ImpairedLink run = new ImpairedLink(s.link(), s.a().config(s.link().seed()),
                s.b().config(~s.link().seed()), s.bytesAtoB(), s.bytesBtoA());
        boolean completed = run.run(LIMIT_NANOS);
        assertNull(run.violation, () -> "invariant broken: " + run.violation + "; " + run.describe());
        assertEquals(List.of(), run.badEvents, run::describe);
        assertTrue(completed, () -> "did not complete: " + run.describe());
        assertArrayEquals(run.dataA, run.receivedAtB.toByteArray(), "A->B stream");
        assertArrayEquals(run.dataB, run.receivedAtA.toByteArray(), "B->A stream");
    }

    /**
     * The same property with both ends in commit mode, as an offload adapter runs its connections (acknowledge only
     * what the host was told: docs/DMA.md): each end commits what its application read after a lag of up to 5 ms, and
     * no ACK may pass the committed point. Fewer tries than the plain property: the plain engine is the common path.
     */
    @Property(tries = 1000, seed = "20261124")
    void bothStreamsArriveWhenEveryAckWaitsForItsCommit(@ForAll("scenarios") Scenario s,
            @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 5_000_000) long commitLagNanos) {
        ImpairedLink run = new ImpairedLink(s.link(), s.a().config(s.link().seed()),
                s.b().config(~s.link().seed()), s.bytesAtoB(), s.bytesBtoA(), commitLagNanos);
        boolean completed = run.run(LIMIT_NANOS);
        assertNull(run.violation, () -> "invariant broken: " + run.violation + "; " + run.describe());
        assertEquals(List.of(), run.badEvents, run::describe);
        assertTrue(completed, () -> "did not complete: " + run.describe());
        assertArrayEquals(run.dataA, run.receivedAtB.toByteArray(), "A->B stream");
        assertArrayEquals(run.dataB, run.receivedAtA.toByteArray(), "B->A stream");
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<ImpairedLink.Link> link = Combinators
                .combine(Arbitraries.longs(), probability(0.20), probability(0.20), probability(0.10),
                        probability(0.05), Arbitraries.integers().between(100, 50_000).withDistribution(UNIFORM))
                .as(ImpairedLink.Link::new);
        Arbitrary<Integer> bytes = Arbitraries.integers().between(0, 200_000).withDistribution(UNIFORM);
        return Combinators.combine(link, end(), end(), bytes, bytes).as(Scenario::new);
    }

    /** A probability in [0, max], three decimals, shrinking towards 0. */
    private static Arbitrary<Double> probability(double max) {
        return Arbitraries.doubles().between(0, max).ofScale(3).withDistribution(UNIFORM);
    }

    private static Arbitrary<End> end() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        // shrinks towards the defaults: 1460, buffers of 256 KiB; the smallest legal MSS and tight buffers are in range
        Arbitrary<Integer> mss = Arbitraries.integers().between(64, 9000).shrinkTowards(1460);
        Arbitrary<Integer> buffer = Arbitraries.integers().between(2048, 256 * 1024).shrinkTowards(256 * 1024);
        return Combinators.combine(flag, mss, flag, flag, flag, flag, buffer, buffer).as(End::new);
    }

    /** A fixed scenario as a plain JUnit-style example: the shape a counterexample is pasted into to debug it. */
    @Example
    void replay() {
        End linux = new End(true, 1460, true, true, true, false, 256 * 1024, 256 * 1024);
        End rfc = new End(false, 536, false, false, false, true, 4096, 4096);
        bothStreamsArriveExactlyAndBothEndsClose(
                new Scenario(new ImpairedLink.Link(42, 0.2, 0.2, 0.1, 0.05, 10_000), linux, rfc, 50_000, 30_000));
    }
}
