package org.offloadlab.sim;

/**
 * A duplex point-to-point link: two independent {@link LinkDirection}s, "a→b" and "b→a", each with its own
 * configuration and random stream ({@code name + "/a>b"}, {@code name + "/b>a"}).
 */
public final class Link {

    private final String name;
    private final LinkDirection aToB;
    private final LinkDirection bToA;

    /** A symmetric link. */
    public Link(Simulator sim, String name, LinkConfig config) {
        this(sim, name, config, config);
    }

    public Link(Simulator sim, String name, LinkConfig aToB, LinkConfig bToA) {
        this.name = name;
        this.aToB = new LinkDirection(sim, name + "/a>b", aToB, null);
        this.bToA = new LinkDirection(sim, name + "/b>a", bToA, null);
    }

    /** Connects the ends: {@code a} receives what travels b→a, {@code b} what travels a→b. */
    public void attach(PacketReceiver a, PacketReceiver b) {
        bToA.setReceiver(a);
        aToB.setReceiver(b);
    }

    public String name() {
        return name;
    }

    /** The direction end a sends into. */
    public LinkDirection aToB() {
        return aToB;
    }

    /** The direction end b sends into. */
    public LinkDirection bToA() {
        return bToA;
    }
}
