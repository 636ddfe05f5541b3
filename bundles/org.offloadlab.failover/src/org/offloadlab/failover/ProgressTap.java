package org.offloadlab.failover;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.offloadlab.host.HostDriver;
import org.offloadlab.sim.app.AppConnection;
import org.offloadlab.sim.app.AppHandler;
import org.offloadlab.sim.app.CloseReason;
import org.offloadlab.sim.app.SocketApi;

/**
 * The host's socket API as the applications see it, with a stopwatch: every readable (data or end of stream arrived)
 * and writable (send data acknowledged) event is progress of that connection. A {@link Window} opened at a failure
 * records, for each connection open at that moment, the first progress after it — its blackout.
 */
final class ProgressTap implements SocketApi {

    /** Connections open at one failure and the first progress of each after it (-1: none yet). */
    static final class Window {
        final long from;
        final Map<AppConnection, Integer> index = new IdentityHashMap<>();
        long[] firstProgress;
        /**
         * Each connection's host id when it first progressed: the id on the adapter that resumed it, the one the
         * results' connection records carry (-1 until then).
         */
        int[] resumedId;
        boolean[] closed;
        /** When each ended (-1: open). */
        long[] closedAt;

        Window(long from, List<AppConnection> open) {
            this.from = from;
            firstProgress = new long[open.size()];
            resumedId = new int[open.size()];
            closed = new boolean[open.size()];
            closedAt = new long[open.size()];
            for (int i = 0; i < open.size(); i++) {
                index.put(open.get(i), i);
                firstProgress[i] = -1;
                resumedId[i] = -1;
                closedAt[i] = -1;
            }
        }
    }

    private final SocketApi host;
    private final Map<AppConnection, Boolean> open = new IdentityHashMap<>();
    private final List<Window> windows = new ArrayList<>();

    ProgressTap(SocketApi host) {
        this.host = host;
    }

    Window open(long now) {
        Window w = new Window(now, new ArrayList<>(open.keySet()));
        windows.add(w);
        return w;
    }

    int openConnections() {
        return open.size();
    }

    private void progress(AppConnection c, long now) {
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            Integer k = w.index.get(c);
            if (k != null && w.firstProgress[k] < 0 && now >= w.from) {
                w.firstProgress[k] = now;
                w.resumedId[k] = HostDriver.connectionId(c);
            }
        }
    }

    private void ended(AppConnection c, long now) {
        open.remove(c);
        for (Window w : windows) {
            Integer k = w.index.get(c);
            if (k != null) {
                w.closed[k] = true;
                w.closedAt[k] = now;
            }
        }
    }

    private AppHandler wrap(AppHandler inner) {
        return new AppHandler() {
            @Override
            public void connected(AppConnection c, long now) {
                open.put(c, Boolean.TRUE);
                inner.connected(c, now);
            }

            @Override
            public void accepted(AppConnection c, long now) {
                open.put(c, Boolean.TRUE);
                inner.accepted(c, now);
            }

            @Override
            public void readable(AppConnection c, long now) {
                progress(c, now);
                inner.readable(c, now);
            }

            @Override
            public void writable(AppConnection c, long now) {
                progress(c, now);
                inner.writable(c, now);
            }

            @Override
            public void closed(AppConnection c, CloseReason reason, long now) {
                ended(c, now);
                inner.closed(c, reason, now);
            }
        };
    }

    @Override
    public int address() {
        return host.address();
    }

    @Override
    public void listen(int port, int backlog, AppHandler handler, long nowNanos) {
        host.listen(port, backlog, wrap(handler), nowNanos);
    }

    @Override
    public void unlisten(int port, long nowNanos) {
        host.unlisten(port, nowNanos);
    }

    @Override
    public AppConnection connect(int remoteHost, int remotePort, AppHandler handler, long nowNanos) {
        return host.connect(remoteHost, remotePort, wrap(handler), nowNanos);
    }
}
