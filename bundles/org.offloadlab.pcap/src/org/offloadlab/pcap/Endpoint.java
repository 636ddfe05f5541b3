package org.offloadlab.pcap;

/** An IP address and TCP port. */
public record Endpoint(IpAddress address, int port) implements Comparable<Endpoint> {

    /** {@code a.b.c.d:port} or {@code [v6]:port}; the JSON and table form. */
    @Override
    public String toString() {
        return address.v6() ? "[" + address + "]:" + port : address + ":" + port;
    }

    // Written out for speed, like IpAddress: endpoints are compared on every connection lookup.
    @Override
    public boolean equals(Object o) {
        return o instanceof Endpoint e && e.port == port && e.address.equals(address);
    }

    @Override
    public int hashCode() {
        return address.hashCode() * 31 + port;
    }

    @Override
    public int compareTo(Endpoint o) {
        int c = address.compareTo(o.address);
        return c != 0 ? c : Integer.compare(port, o.port);
    }
}
