package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The wire form as properties (RFC 9293 §3.1): a {@link Segment} survives emit and parse unchanged, the checked
 * {@link TcpHeaderView} agrees with the record, and arbitrary octets are either parsed or refused with
 * {@link MalformedSegmentException} — exactly when {@link TcpHeaderView#validate} names a malformation — and never with
 * any other exception.
 */
class SegmentPropertiesTest {

    @Property(tries = 3000)
    void segmentsRoundTripThroughTheWire(@ForAll("segments") Segment s) throws Exception {
        byte[] wire = s.toBytes();
        assertEquals(s.wireLength(), wire.length);
        Segment back = Segment.parse(ByteBuffer.wrap(wire));
        assertEquals(s, back);
        TcpHeaderView v = TcpHeaderView.of(ByteBuffer.wrap(wire));
        assertEquals(s.headerLength(), v.headerLength());
        assertEquals(s.payloadLength(), v.payloadLength());
        assertEquals(s.flags(), v.flags());
        assertEquals(s.seq(), v.seq());
        assertEquals(s.ack(), v.ack());
        assertArrayEquals(wire, back.toBytes(), "emit(parse(emit(s))) must be the same octets");
    }

    @Property(tries = 3000)
    void arbitraryOctetsParseOrAreRefusedAsMalformed(@ForAll("headerLikeOctets") byte[] octets) {
        Malformation m = TcpHeaderView.validate(ByteBuffer.wrap(octets));
        Segment s;
        try {
            s = Segment.parse(ByteBuffer.wrap(octets));
        } catch (MalformedSegmentException e) {
            assertNotNull(m, "parse refused what validate accepted");
            assertEquals(m, e.reason());
            return;
        }
        assertNull(m, "parse accepted what validate refused");
        int dataOffset = ((octets[12] & 0xF0) >>> 4) * 4;
        assertEquals(octets.length - dataOffset, s.payloadLength(), "the payload is everything after the data offset");
        // found by this property: options a sender packed tightly into the 40 octets (MSS, TS, WS and two SACK blocks
        // without NOPs, plus an unknown option) once needed 44 octets on re-emission; emit now packs them then
        assertTrue(s.options().wireLength() <= 40);
        // a parsed segment is a value that can be emitted again and reads back equal
        Segment again = assertDoesNotThrowReturning(() -> Segment.parse(ByteBuffer.wrap(s.toBytes())));
        assertEquals(s, again);
    }

    private interface Parse {
        Segment get() throws MalformedSegmentException;
    }

    private static Segment assertDoesNotThrowReturning(Parse p) {
        try {
            return p.get();
        } catch (MalformedSegmentException e) {
            throw new AssertionError("re-emitted segment does not parse: " + e.getMessage(), e);
        }
    }

    @Provide
    Arbitrary<Segment> segments() {
        Arbitrary<Integer> u16 = Arbitraries.integers().between(0, 0xFFFF);
        Arbitrary<Integer> i32 = Arbitraries.integers();
        Arbitrary<Integer> flags = Arbitraries.integers().between(0, 0xFFF);
        Arbitrary<byte[]> payload = Arbitraries.bytes().array(byte[].class).ofMaxSize(1500);
        Arbitrary<Segment> header = Combinators.combine(u16, u16, i32, i32, flags, u16, u16, options())
                .as((src, dst, seq, ack, f, win, urp, o) -> new Segment(src, dst, seq, ack, f, win, urp, o,
                        ByteBuffer.allocate(0)));
        return Combinators.combine(header, payload).as(Segment::withPayload);
    }

    /** Options that fit the 40 octets of option space (RFC 9293 §3.1) once emitted. */
    private static Arbitrary<TcpOptions> options() {
        Arbitrary<Integer> mss = Arbitraries.integers().between(-1, 0xFFFF);
        Arbitrary<Integer> shift = Arbitraries.integers().between(-1, 255);
        Arbitrary<Boolean> flag = Arbitraries.of(false, true);
        Arbitrary<Integer> i32 = Arbitraries.integers();
        Arbitrary<List<SackBlock>> blocks = Combinators.combine(i32, i32).as(SackBlock::new).list().ofMaxSize(4);
        Arbitrary<List<UnknownOption>> unknown = Combinators
                .combine(Arbitraries.integers().between(2, 255).filter(k -> !isKnown(k)),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(8))
                .as(UnknownOption::new).list().ofMaxSize(2);
        // TSval/TSecr exist only with the option: without it they are not on the wire and read back as 0
        return Combinators.combine(mss, shift, flag, blocks, flag, i32, i32, unknown)
                .as((m, ws, sackOk, sb, ts, val, ecr, u) -> new TcpOptions(m, ws, sackOk, sb, ts, ts ? val : 0,
                        ts ? ecr : 0, u))
                .filter(o -> o.wireLength() <= 40);
    }

    private static boolean isKnown(int kind) {
        return kind == 2 || kind == 3 || kind == 4 || kind == 5 || kind == 8;
    }

    /**
     * Mostly well-formed headers (a valid segment's octets with a few octets overwritten, or cut short), plus entirely
     * random octets: random octets alone almost never get past the data-offset check into the option parser.
     */
    @Provide
    Arbitrary<byte[]> headerLikeOctets() {
        Arbitrary<byte[]> mutated = Combinators
                .combine(segments(), Arbitraries.integers().between(0, 60).list().ofMaxSize(6),
                        Arbitraries.bytes().list().ofSize(6), Arbitraries.integers().between(0, 100))
                .as((seg, where, what, cut) -> {
                    byte[] b = seg.toBytes();
                    for (int i = 0; i < where.size(); i++) {
                        if (where.get(i) < b.length) {
                            b[where.get(i)] = what.get(i);
                        }
                    }
                    return cut < 10 ? java.util.Arrays.copyOf(b, b.length * cut / 10) : b;
                });
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(80);
        Arbitrary<byte[]> optionSoup = Arbitraries.bytes().array(byte[].class).ofSize(40)
                .map(SegmentPropertiesTest::withFullOptionArea);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, mutated), net.jqwik.api.Tuple.of(1, random),
                net.jqwik.api.Tuple.of(3, optionSoup));
    }

    /** A 60-octet header whose 40 option octets are the given ones: exercises the option walker directly. */
    private static byte[] withFullOptionArea(byte[] options) {
        byte[] b = new byte[60];
        b[12] = (byte) 0xF0;
        System.arraycopy(options, 0, b, 20, 40);
        return b;
    }

    @Property(tries = 500)
    void viewNeverReadsOutsideItsSlice(@ForAll("segments") Segment s) throws Exception {
        // the segment sits in the middle of a larger buffer, as in a captured frame
        byte[] wire = s.toBytes();
        ByteBuffer frame = ByteBuffer.allocate(wire.length + 30);
        frame.position(14).put(wire);
        frame.position(14).limit(14 + wire.length);
        TcpHeaderView v = TcpHeaderView.of(frame);
        assertEquals(s, v.toSegment());
        assertEquals(wire.length, v.segmentBytes().remaining());
        List<Byte> payload = new ArrayList<>();
        ByteBuffer p = v.payload();
        while (p.hasRemaining()) {
            payload.add(p.get());
        }
        assertEquals(s.payloadLength(), payload.size());
        assertTrue(v.payload().isReadOnly());
    }
}
