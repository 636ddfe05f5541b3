package org.offloadlab.replay;

import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.IpAddress;
import org.offloadlab.pcap.TcpSegment;

/**
 * Which side of each connection the emulated adapter terminates: "the servers" (the side that received the first SYN;
 * the side {@code b} when no SYN was captured), or the side with a given address and optionally port.
 */
public final class EndpointSelector {

    /** Selects the server side of every connection. */
    public static final EndpointSelector SERVERS = new EndpointSelector(null, -1);

    private final IpAddress address;
    private final int port;

    private EndpointSelector(IpAddress address, int port) {
        this.address = address;
        this.port = port;
    }

    /**
     * Parses {@code servers}, {@code ADDR}, {@code ADDR:PORT} or {@code [IPV6]:PORT}.
     *
     * @throws IllegalArgumentException
     *             with a message saying what is wrong
     */
    public static EndpointSelector parse(String text) {
        if (text == null || text.isBlank() || text.equals("servers")) {
            return SERVERS;
        }
        String host = text;
        int port = -1;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("endpoint '" + text + "': missing ']'");
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("endpoint '" + text + "': expected ':PORT' after ']'");
                }
                port = parsePort(text, rest.substring(1));
            }
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            host = text.substring(0, text.indexOf(':'));
            port = parsePort(text, text.substring(text.indexOf(':') + 1));
        }
        IpAddress parsed;
        try {
            parsed = IpAddress.parse(host);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("endpoint '" + text + "': '" + host + "' is not an IP address", e);
        }
        return new EndpointSelector(parsed, port);
    }

    private static int parsePort(String text, String port) {
        try {
            int p = Integer.parseInt(port);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("endpoint '" + text + "': port '" + port + "' is not 0-65535");
    }

    private boolean matches(Endpoint e) {
        return e.address().equals(address) && (port < 0 || e.port() == port);
    }

    /**
     * The side of {@code c} the adapter terminates, or {@code null} when this selector names neither side.
     */
    public Endpoint localSide(ConnectionSummary c) {
        return localSide(c.client(), c.client().equals(c.a()) ? c.b() : c.a());
    }

    /**
     * The side the adapter terminates, decided at a connection's first segment the way the analysis picks its client:
     * the sender of a SYN-ACK is the server, any other first sender the client. {@code null} when neither side is
     * selected.
     */
    public Endpoint localSide(TcpSegment first) {
        boolean srcIsClient = !(first.isSyn() && first.isAck());
        return srcIsClient
                ? localSide(first.source(), first.destination())
                : localSide(first.destination(), first.source());
    }

    /** The side the adapter terminates of a connection between {@code client} and {@code server}, or {@code null}. */
    public Endpoint localSide(Endpoint client, Endpoint server) {
        if (address == null) {
            return server;
        }
        if (matches(server)) {
            return server;
        }
        return matches(client) ? client : null;
    }

    @Override
    public String toString() {
        if (address == null) {
            return "servers";
        }
        return port < 0 ? address.toString() : address.toString() + ":" + port;
    }
}
