package org.offloadlab.ui.internal.results;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.Results;
import org.offloadlab.ui.internal.experiment.RunSnapshot;

/**
 * Connections (offload): per connection of the run, where it lives (adapter, buffer group), its TCP state, its hard
 * state (what the host's shadow must restore after a failure) and its soft state (what the substitute relearns) side by
 * side. Filter matches any column.
 */
public final class OffloadConnectionsView extends ResultsView {

    private static final List<RowTable.Column> COLUMNS = List.of(
            col("#", 90, r -> Integer.toString(r.getId())),
            col("local", 140, r -> endpoint(r.getLocalAddress(), r.getLocalPort())),
            col("remote", 140, r -> endpoint(r.getRemoteAddress(), r.getRemotePort())),
            col("adapter", 70, ConnectionRecord::getAdapter),
            col("buffer group", 90, ConnectionRecord::getBufferGroup),
            col("TCP state", 100, ConnectionRecord::getTcpState),
            col("hard: snd.una", 95, r -> Long.toString(r.getSndUna())),
            col("hard: snd.nxt", 95, r -> Long.toString(r.getSndNxt())),
            col("hard: rcv.nxt", 95, r -> Long.toString(r.getRcvNxt())),
            col("hard: snd.wnd", 90, r -> Long.toString(r.getSndWnd())),
            col("hard: rcv.wnd", 90, r -> Long.toString(r.getRcvWnd())),
            col("hard: mss", 70, r -> Integer.toString(r.getMss())),
            col("hard: options", 120, ConnectionsText::options),
            col("soft: cwnd", 80, r -> Long.toString(r.getCwnd())),
            col("soft: ssthresh", 90, r -> r.getSsthresh() >= Integer.MAX_VALUE ? "∞" : Long.toString(r.getSsthresh())),
            col("soft: srtt", 80, r -> ms(r.getSrttNanos())),
            col("soft: rto", 80, r -> ms(r.getRtoNanos())),
            col("bytes in", 90, r -> Long.toString(r.getBytesIn())),
            col("bytes out", 90, r -> Long.toString(r.getBytesOut())));

    private RowTable table;
    private Results shownResults;

    private static RowTable.Column col(String title, int width, Function<ConnectionRecord, String> text) {
        return new RowTable.Column(title, width, o -> {
            String s = text.apply((ConnectionRecord) o);
            return s == null ? "" : s;
        });
    }

    @Override
    protected void createContent(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        table = new RowTable(parent, COLUMNS, true);
        getSite().setSelectionProvider(table.viewer());
    }

    @Override
    protected String help() {
        return "Connections (offload) lists every connection of the run as the adapter held it when the run ended: "
                + "its endpoints, the adapter and the receive buffer group holding it, its TCP state, its hard state "
                + "(sequence numbers, windows, MSS and negotiated options: what the host's shadow restores after a "
                + "failure) and its soft state (congestion window, ssthresh, smoothed RTT, RTO: what a substitute "
                + "relearns), and the bytes it moved.\nType in the filter to keep rows with a matching cell (e.g. "
                + "ESTABLISHED, a port, a group). Select a row to see all its fields in Properties.";
    }

    @Override
    protected String show(RunSnapshot s, boolean changed) {
        Results r = s.results();
        if (r == null) {
            shownResults = null;
            if (changed) {
                table.setRows(s.live() == null
                        ? List.of()
                        : s.live().connections().stream().map(LiveRows::record)
                                .toList());
            }
            return s.live() == null
                    ? s.message()
                    : s.message() + "; " + s.live().connectionsOpen() + " open, first " + s.live().connections().size()
                            + " shown live";
        }
        if (r != shownResults) {
            shownResults = r;
            table.setRows(List.copyOf(r.getConnections()));
        }
        String more = r.getConnectionsNotRecorded() > 0
                ? " (" + r.getConnectionsNotRecorded() + " more not recorded)"
                : "";
        return r.getConnections().size() + " connections" + more + ", " + table.shownRows() + " shown";
    }

    /** Rows shown after filtering. */
    public int rows() {
        return table.shownRows();
    }

    /** The text of a shown cell by column title. */
    public String cell(int row, String column) {
        return table.text(row, table.column(column));
    }

    /** Sorts by a column as a click on its header does (again: reversed). */
    public void sortBy(String column) {
        table.sortBy(column);
    }

    /** Filters as the filter field does. */
    public void filter(String text) {
        table.setFilter(text);
    }

    private static String ms(long nanos) {
        return nanos <= 0 ? "—" : String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    private static String endpoint(int address, int port) {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
                + (address & 0xff) + ":" + port;
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }

    /** Text of compound cells. */
    private static final class ConnectionsText {
        static String options(ConnectionRecord r) {
            StringBuilder b = new StringBuilder();
            if (r.isWindowScaling()) {
                b.append("ws ").append(r.getSndWscale()).append('/').append(r.getRcvWscale());
            }
            if (r.isSack()) {
                b.append(b.isEmpty() ? "" : ", ").append("sack");
            }
            if (r.isTimestamps()) {
                b.append(b.isEmpty() ? "" : ", ").append("ts");
            }
            return b.toString();
        }
    }
}
