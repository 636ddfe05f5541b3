package org.offloadlab.tcp.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;

import org.offloadlab.tcp.Malformation;
import org.offloadlab.tcp.MalformedSegmentException;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.TcpChecksum;
import org.offloadlab.tcp.TcpHeaderView;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The wire parser over arbitrary octets (RFC 9293 §3.1): {@link TcpHeaderView#validate} and {@link Segment#parse} agree,
 * the only exception is the documented {@link MalformedSegmentException}, the checked view agrees with the parsed record
 * and a parsed segment round-trips through {@link Segment#emit}. Anything else thrown is a finding.
 */
class SegmentFuzzTest {

    private static final byte[] V4_SRC = {10, 0, 0, 1};
    private static final byte[] V4_DST = {10, 0, 0, 2};
    private static final byte[] V6_SRC = new byte[16];
    private static final byte[] V6_DST = new byte[16];

    static {
        V6_SRC[15] = 1;
        V6_DST[15] = 2;
    }

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] octets) {
        // the segment sits at an offset inside a larger frame, as it does in a capture
        ByteBuffer frame = ByteBuffer.allocate(octets.length + 7);
        frame.position(3).put(octets).position(3).limit(3 + octets.length);
        Malformation m = TcpHeaderView.validate(frame.duplicate());
        TcpHeaderView view;
        try {
            view = TcpHeaderView.of(frame.duplicate());
        } catch (MalformedSegmentException e) {
            assertNotNull(m, "of() refused what validate() accepted");
            assertEquals(m, e.reason());
            assertNotNull(e.getMessage());
            return;
        }
        assertNull(m, "of() accepted what validate() refused: " + m);
        Segment s = view.toSegment();
        assertEquals(octets.length, view.headerLength() + view.payloadLength());
        assertEquals(view.payloadLength(), s.payloadLength());
        assertEquals(view.srcPort(), s.srcPort());
        assertEquals(view.dstPort(), s.dstPort());
        assertEquals(view.flags(), s.flags());
        assertEquals(view.window(), s.window());
        assertEquals(octets.length, view.segmentBytes().remaining());
        // the checksum check must never throw, whatever the octets; filling it makes it verify
        TcpHeaderView.validate(frame.duplicate(), V4_SRC, V4_DST);
        TcpHeaderView.validate(frame.duplicate(), V6_SRC, V6_DST);
        ByteBuffer copy = ByteBuffer.wrap(octets.clone());
        TcpChecksum.fill(V6_SRC, V6_DST, copy);
        assertTrue(TcpChecksum.verify(V6_SRC, V6_DST, copy));
        roundTrip(s);
    }

    /** emit(s) parses back to s, and emitting that again gives the same octets. */
    static void roundTrip(Segment s) {
        byte[] wire = s.toBytes();
        Segment back;
        try {
            back = Segment.parse(ByteBuffer.wrap(wire));
        } catch (MalformedSegmentException e) {
            throw new AssertionError("emitted segment does not parse: " + s, e);
        }
        assertEquals(s, back);
        assertArrayEquals(wire, back.toBytes());
    }
}
