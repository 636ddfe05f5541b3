package org.offloadlab.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.offloadlab.pcap.DecodedPacket;
import org.offloadlab.pcap.Frame;
import org.offloadlab.pcap.LinkType;
import org.offloadlab.pcap.PacketDecoder;
import org.offloadlab.pcap.TcpSegment;
import org.offloadlab.testing.TcpFrames;

/** The 4-tuple index: direction-independent, growing, and splitting a tuple on a new ISN. */
class ConnectionTableTest {

    private final PacketDecoder decoder = new PacketDecoder();
    private long frameNumber;

    private TcpSegment segment(TcpFrames.Builder builder, Frame[] frameOut) {
        Frame frame = new Frame(++frameNumber, 1_700_000_000_000_000_000L + frameNumber, LinkType.ETHERNET, 0, 0,
                builder.build(), 0);
        frame = new Frame(frame.number(), frame.timestampNanos(), frame.linkType(), 0, frame.data().length,
                frame.data(), 0);
        frameOut[0] = frame;
        DecodedPacket packet = decoder.decode(frame);
        return packet.segment();
    }

    private ConnectionTracker accept(ConnectionTable table, TcpFrames.Builder builder) {
        Frame[] frame = new Frame[1];
        TcpSegment s = segment(builder, frame);
        return table.accept(s, frame[0]);
    }

    @Test
    void bothDirectionsFindTheSameConnection() {
        ConnectionTable table = new ConnectionTable(null);
        ConnectionTracker forward = accept(table, TcpFrames.ipv4("10.0.0.1", 1234, "10.0.0.2", 80).seq(1).flags(2));
        ConnectionTracker back = accept(table, TcpFrames.ipv4("10.0.0.2", 80, "10.0.0.1", 1234).seq(9).ack(2)
                .flags(2));
        assertSame(forward, back);
        assertEquals(1, table.connections().size());
    }

    @Test
    void manyTuplesGrowTheTable() {
        ConnectionTable table = new ConnectionTable(null);
        for (int i = 0; i < 20_000; i++) {
            accept(table, TcpFrames.ipv4("10.0." + (i >> 8 & 255) + "." + (i & 255), 1000 + i % 7, "10.1.0.1", 80)
                    .seq(i).flags(2));
        }
        assertEquals(20_000, table.connections().size());
        for (int i = 0; i < 20_000; i += 997) {
            ConnectionTracker t = accept(table, TcpFrames
                    .ipv4("10.1.0.1", 80, "10.0." + (i >> 8 & 255) + "." + (i & 255), 1000 + i % 7).seq(5).ack(i + 1)
                    .flags(2));
            assertEquals(i, t.index());
        }
        assertEquals(20_000, table.connections().size());
    }

    @Test
    void aSynWithANewIsnOpensTheNextConnection() {
        ConnectionTable table = new ConnectionTable(null);
        ConnectionTracker first = accept(table, TcpFrames.ipv4("10.0.0.1", 1234, "10.0.0.2", 80).seq(1).flags(2));
        ConnectionTracker again = accept(table, TcpFrames.ipv4("10.0.0.1", 1234, "10.0.0.2", 80).seq(1).flags(2));
        ConnectionTracker second = accept(table, TcpFrames.ipv4("10.0.0.1", 1234, "10.0.0.2", 80).seq(77).flags(2));
        ConnectionTracker reply = accept(table, TcpFrames.ipv4("10.0.0.2", 80, "10.0.0.1", 1234).seq(5).ack(78)
                .flags(2));

        assertSame(first, again);
        assertEquals(1, second.index());
        assertSame(second, reply, "the tuple now maps to the newest connection");
        assertEquals(1, second.reusedPortsCount());
        assertEquals(2, table.connections().size());
    }
}
