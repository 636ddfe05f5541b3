package org.offloadlab.ui.internal.connections;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.eclipse.swt.SWT;
import org.offloadlab.analysis.ConnectionSummary;

/** The columns of the Connections view: header, how a cell reads, how the column sorts. */
enum ConnectionColumn {
    INDEX("#", "000000", c -> Integer.toString(c.index()), Comparator.comparingInt(ConnectionSummary::index),
            SWT.RIGHT), A("A", "[2001:db8:ffff::10]:65535", c -> c.a().toString(),
                    Comparator.comparing(ConnectionSummary::a), SWT.LEFT), B("B", "[2001:db8:ffff::10]:65535",
                            c -> c.b().toString(), Comparator.comparing(ConnectionSummary::b), SWT.LEFT), STATE("State",
                                    "SYN_RECEIVED", c -> c.state().name(),
                                    Comparator.comparing(ConnectionSummary::state),
                                    SWT.LEFT), PACKETS_A_B("Packets A→B", "00,000,000", c -> c.aToB().packets(),
                                            false), PACKETS_B_A("Packets B→A", "00,000,000", c -> c.bToA().packets(),
                                                    false), BYTES_A_B("Bytes A→B", "0,000,000,000",
                                                            c -> c.aToB().bytes(), false), BYTES_B_A("Bytes B→A",
                                                                    "0,000,000,000", c -> c.bToA().bytes(),
                                                                    false), PAYLOAD_A_B("Payload A→B", "0,000,000,000",
                                                                            c -> c.aToB().payloadBytes(),
                                                                            false), PAYLOAD_B_A("Payload B→A",
                                                                                    "0,000,000,000",
                                                                                    c -> c.bToA().payloadBytes(),
                                                                                    false), IN_ORDER_A_B("In-order A→B",
                                                                                            "0,000,000,000",
                                                                                            c -> c.aToB()
                                                                                                    .inOrderPayloadBytes(),
                                                                                            false), IN_ORDER_B_A(
                                                                                                    "In-order B→A",
                                                                                                    "0,000,000,000",
                                                                                                    c -> c.bToA()
                                                                                                            .inOrderPayloadBytes(),
                                                                                                    false), RETRANSMISSIONS(
                                                                                                            "Retrans",
                                                                                                            "000,000",
                                                                                                            c -> c.flags()
                                                                                                                    .retransmissions(),
                                                                                                            true), OUT_OF_ORDER(
                                                                                                                    "Out-of-order",
                                                                                                                    "000,000",
                                                                                                                    c -> c.flags()
                                                                                                                            .outOfOrder(),
                                                                                                                    true), DUPLICATE_ACKS(
                                                                                                                            "Dup ACKs",
                                                                                                                            "000,000",
                                                                                                                            c -> c.flags()
                                                                                                                                    .duplicateAcks(),
                                                                                                                            true), LOST(
                                                                                                                                    "Lost",
                                                                                                                                    "000,000",
                                                                                                                                    c -> c.flags()
                                                                                                                                            .lostSegments(),
                                                                                                                                    true), ZERO_WINDOWS(
                                                                                                                                            "Zero win",
                                                                                                                                            "000,000",
                                                                                                                                            c -> c.flags()
                                                                                                                                                    .zeroWindows(),
                                                                                                                                            true), KEEP_ALIVES(
                                                                                                                                                    "Keep-alives",
                                                                                                                                                    "000,000",
                                                                                                                                                    c -> c.flags()
                                                                                                                                                            .keepAlives(),
                                                                                                                                                    true), DURATION(
                                                                                                                                                            "Duration (s)",
                                                                                                                                                            "00000.000000",
                                                                                                                                                            c -> String
                                                                                                                                                                    .format(Locale.ROOT,
                                                                                                                                                                            "%.6f",
                                                                                                                                                                            c.durationNanos()
                                                                                                                                                                                    / 1e9),
                                                                                                                                                            Comparator
                                                                                                                                                                    .comparingLong(
                                                                                                                                                                            ConnectionSummary::durationNanos),
                                                                                                                                                            SWT.RIGHT), FIRST(
                                                                                                                                                                    "First (time)",
                                                                                                                                                                    "0000-00-00 00:00:00.000000",
                                                                                                                                                                    c -> Times
                                                                                                                                                                            .format(c
                                                                                                                                                                                    .firstTimestampNanos()),
                                                                                                                                                                    Comparator
                                                                                                                                                                            .comparingLong(
                                                                                                                                                                                    ConnectionSummary::firstTimestampNanos),
                                                                                                                                                                    SWT.LEFT);

    private final String header;
    private final String sample;
    private final Function<ConnectionSummary, String> text;
    private final Comparator<ConnectionSummary> comparator;
    private final int alignment;
    private final boolean anomaly;

    ConnectionColumn(String header, String sample, Function<ConnectionSummary, String> text,
            Comparator<ConnectionSummary> comparator, int alignment) {
        this.header = header;
        this.sample = sample;
        this.text = text;
        this.comparator = comparator;
        this.alignment = alignment;
        this.anomaly = false;
    }

    /** A count; anomaly counts leave zero cells empty so that the non-zero ones stand out. */
    ConnectionColumn(String header, String sample, ToLongFunction<ConnectionSummary> value, boolean anomaly) {
        this.header = header;
        this.sample = sample;
        this.text = c -> {
            long v = value.applyAsLong(c);
            return anomaly && v == 0 ? "" : String.format(Locale.ROOT, "%,d", v);
        };
        this.comparator = Comparator.comparingLong(value);
        this.alignment = SWT.RIGHT;
        this.anomaly = anomaly;
    }

    String header() {
        return header;
    }

    /** A typical widest value, for the initial column width. */
    String sample() {
        return sample;
    }

    String text(ConnectionSummary connection) {
        return text.apply(connection);
    }

    Comparator<ConnectionSummary> comparator() {
        return comparator;
    }

    int alignment() {
        return alignment;
    }

    /** Counts of something going wrong (retransmissions, zero windows…): non-zero cells are highlighted. */
    boolean anomaly() {
        return anomaly;
    }

    /** Capture times as local date and time to the microsecond. */
    static final class Times {
        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS",
                Locale.ROOT);

        private Times() {
        }

        static String format(long epochNanos) {
            if (epochNanos < 0) {
                return "";
            }
            Instant instant = Instant.ofEpochSecond(0, epochNanos);
            return FORMAT.format(instant.atZone(ZoneId.systemDefault()));
        }
    }
}
