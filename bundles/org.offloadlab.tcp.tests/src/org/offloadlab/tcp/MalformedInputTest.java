package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Hostile and random input: every fixture state is fed thousands of random segments (random flags, sequence and
 * acknowledgment numbers near and far from the window, options, payloads) and random wire bytes. Nothing may throw, and
 * the send sequence space must stay ordered.
 */
class MalformedInputTest extends TcpHarness {

    private Segment randomSegment(Random r) {
        HardState h = conn.hardState();
        int seq = switch (r.nextInt(4)) {
            case 0 -> h.rcvNxt();
            case 1 -> h.rcvNxt() + r.nextInt(70_000) - 1000;
            default -> r.nextInt();
        };
        int ack = switch (r.nextInt(4)) {
            case 0 -> h.sndNxt();
            case 1 -> h.sndUna() + r.nextInt(3000) - 1000;
            default -> r.nextInt();
        };
        Segment s = SegmentWireTest.randomSegment(r).withPorts(REMOTE_PORT, LOCAL_PORT).withSeq(seq).withAck(ack);
        if (r.nextBoolean()) {
            s = s.withOptions(TcpOptions.NONE);
        }
        return s;
    }

    private void hammer(Runnable fixture, long seed) {
        Random r = new Random(seed);
        for (int round = 0; round < 20; round++) {
            now = 0;
            expectedWindow = WINDOW;
            fixture.run();
            for (int i = 0; i < 200; i++) {
                Segment s = randomSegment(r);
                assertDoesNotThrow(() -> send(s), s::toString);
                if (r.nextInt(5) == 0) {
                    write(bytes(r.nextInt(3000), i));
                }
                if (r.nextInt(5) == 0) {
                    conn.receive(ByteBuffer.allocate(r.nextInt(5000)), now);
                }
                if (r.nextInt(10) == 0) {
                    advance(r.nextInt(2_000_000_000));
                }
                assertDoesNotThrow(() -> dispatch());
                HardState h = conn.hardState();
                assertTrue(SeqNum.le(h.sndUna(), h.sndNxt()), h::toString);
            }
        }
    }

    @Test
    void randomSegmentsInEveryState() {
        List<Runnable> fixtures = List.of(this::listen, this::synSent, this::synReceived, this::established,
                this::finWait1, this::finWait2, this::closing, this::timeWait, this::closeWait, this::lastAck);
        long seed = 1;
        for (Runnable f : fixtures) {
            hammer(f, seed++);
        }
    }

    @Test
    void randomWireBytesNeverThrowThroughTheCheckedView() {
        Random r = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[r.nextInt(80)];
            r.nextBytes(b);
            if (b.length > 12 && r.nextBoolean()) {
                b[12] = (byte) ((5 + r.nextInt(11)) << 4);
            }
            ByteBuffer wire = ByteBuffer.wrap(b);
            Malformation m = TcpHeaderView.validate(wire);
            if (m == null) {
                assertDoesNotThrow(() -> TcpHeaderView.of(wire).toSegment());
            }
        }
    }
}
