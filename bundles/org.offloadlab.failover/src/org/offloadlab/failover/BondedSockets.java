package org.offloadlab.failover;

import org.offloadlab.host.HostDriver;
import org.offloadlab.sim.app.AppConnection;
import org.offloadlab.sim.app.AppHandler;
import org.offloadlab.sim.app.SocketApi;

/**
 * The socket API over two active adapters sharing the host's address, one driver each (see {@link FlowSteering}): a
 * listener listens on both, so a connection is accepted by whichever adapter the partner's flow hash chose. The
 * applications see one host.
 */
final class BondedSockets implements SocketApi {

    private final HostDriver first;
    private final HostDriver second;

    BondedSockets(HostDriver first, HostDriver second) {
        if (first.address() != second.address()) {
            throw new IllegalArgumentException("active adapters must share the host's address: " + first.address()
                    + " vs " + second.address());
        }
        this.first = first;
        this.second = second;
    }

    @Override
    public int address() {
        return first.address();
    }

    @Override
    public void listen(int port, int backlog, AppHandler handler, long nowNanos) {
        first.listen(port, backlog, handler, nowNanos);
        second.listen(port, backlog, handler, nowNanos);
    }

    @Override
    public void unlisten(int port, long nowNanos) {
        first.unlisten(port, nowNanos);
        second.unlisten(port, nowNanos);
    }

    /**
     * Not supported: the ephemeral port (and so the flow hash, and the adapter the answer arrives on) is chosen by the
     * driver after the adapter is, so an active open could land on the wrong adapter. The experiments' host is a
     * server.
     */
    @Override
    public AppConnection connect(int remoteHost, int remotePort, AppHandler handler, long nowNanos) {
        throw new UnsupportedOperationException("two active adapters: host-initiated connections are not steered "
                + "(connect to " + remoteHost + ":" + remotePort + "); the host side of these experiments is a server");
    }
}
