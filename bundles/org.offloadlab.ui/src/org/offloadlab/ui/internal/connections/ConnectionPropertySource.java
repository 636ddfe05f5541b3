package org.offloadlab.ui.internal.connections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.offloadlab.analysis.AnalysisFlags;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.analysis.DirectionStats;

/** Everything known about one connection, read-only, for the Properties view. */
final class ConnectionPropertySource implements IPropertySource {

    private final ConnectionSummary connection;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<IPropertyDescriptor> descriptors = new ArrayList<>();

    ConnectionPropertySource(ConnectionSummary c) {
        this.connection = c;
        String cat = "Connection";
        add(cat, "Index", Integer.toString(c.index()));
        add(cat, "A", c.a().toString());
        add(cat, "B", c.b().toString());
        add(cat, "Client", c.client().toString());
        add(cat, "State", c.state().name());
        add(cat, "Handshake", yesNo(c.handshakeSeen()));
        cat = "Time";
        add(cat, "First", ConnectionColumn.Times.format(c.firstTimestampNanos()));
        add(cat, "Last", ConnectionColumn.Times.format(c.lastTimestampNanos()));
        add(cat, "Duration", seconds(c.durationNanos()));
        add(cat, "First frame", number(c.firstFrame()));
        add(cat, "Last frame", number(c.lastFrame()));
        add(cat, "RTT samples", number(c.rttSamples()));
        add(cat, "RTT min", c.minRttNanos() < 0 ? "" : seconds(c.minRttNanos()));
        add(cat, "RTT mean", c.meanRttNanos() < 0 ? "" : seconds(c.meanRttNanos()));
        direction("A → B", c.aToB());
        direction("B → A", c.bToA());
        AnalysisFlags f = c.flags();
        cat = "Analysis flags";
        add(cat, "Retransmissions", number(f.retransmissions()));
        add(cat, "Fast retrans.", number(f.fastRetransmissions()));
        add(cat, "Spurious retrans.", number(f.spuriousRetransmissions()));
        add(cat, "Out-of-order", number(f.outOfOrder()));
        add(cat, "Duplicate ACKs", number(f.duplicateAcks()));
        add(cat, "Lost segments", number(f.lostSegments()));
        add(cat, "ACKed unseen", number(f.ackedUnseenSegments()));
        add(cat, "Zero windows", number(f.zeroWindows()));
        add(cat, "Zero-window probes", number(f.zeroWindowProbes()));
        add(cat, "Zero-win probe ACKs", number(f.zeroWindowProbeAcks()));
        add(cat, "Keep-alives", number(f.keepAlives()));
        add(cat, "Keep-alive ACKs", number(f.keepAliveAcks()));
        add(cat, "Window full", number(f.windowFull()));
        add(cat, "Window updates", number(f.windowUpdates()));
    }

    private void direction(String cat, DirectionStats d) {
        add(cat, "Packets", number(d.packets()));
        add(cat, "Bytes (frames)", number(d.bytes()));
        add(cat, "Payload bytes", number(d.payloadBytes()));
        add(cat, "Unique payload", number(d.uniquePayloadBytes()));
        add(cat, "In-order payload", number(d.inOrderPayloadBytes()));
        add(cat, "Holes", number(d.holes()));
        add(cat, "SYN / FIN / RST / URG", d.syn() + " / " + d.fin() + " / " + d.rst() + " / " + d.urg());
        add(cat, "SACK segments", number(d.sackSegments()));
        add(cat, "MSS", d.mss() < 0 ? "unknown" : Integer.toString(d.mss()));
        add(cat, "Window scale", d.windowScale() < 0 ? "not offered" : Integer.toString(d.windowScale()));
        add(cat, "SACK permitted", yesNo(d.sackPermitted()));
        add(cat, "Timestamps", yesNo(d.timestamps()));
        add(cat, "Snaplen cut payload", yesNo(d.payloadTruncated()));
    }

    private void add(String category, String name, String value) {
        String id = category + "/" + name;
        PropertyDescriptor descriptor = new PropertyDescriptor(id, name);
        descriptor.setCategory(category);
        descriptors.add(descriptor);
        values.put(id, value);
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.6f s", nanos / 1e9);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    @Override
    public Object getEditableValue() {
        return connection;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return values.get(id);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }
}
