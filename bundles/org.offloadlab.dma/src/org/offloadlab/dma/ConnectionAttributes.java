package org.offloadlab.dma;

/**
 * What the group rules look at when a connection is opened or reclassified. The size and age classes are small numbers
 * the caller assigns (for example 0 = new / small, 1 = established / medium, 2 = long-lived / bulk) and updates through
 * {@link DmaManager#reclassify}.
 *
 * @param localPort
 *            local TCP port, 0 .. 65535
 * @param remote
 *            remote address
 * @param applicationId
 *            application identifier, ≥ 0
 * @param trafficClass
 *            traffic class (for example the DSCP value), ≥ 0
 * @param sizeClass
 *            connection size class, ≥ 0
 * @param ageClass
 *            connection age class, ≥ 0
 */
public record ConnectionAttributes(int localPort, IpAddress remote, int applicationId, int trafficClass,
        int sizeClass, int ageClass) {

    /** Validates the ranges. */
    public ConnectionAttributes {
        if (localPort < 0 || localPort > 0xFFFF) {
            throw new IllegalArgumentException("local port out of 0..65535: " + localPort);
        }
        if (remote == null) {
            throw new IllegalArgumentException("remote address missing");
        }
        if (applicationId < 0 || trafficClass < 0 || sizeClass < 0 || ageClass < 0) {
            throw new IllegalArgumentException("application id, traffic class, size and age class must be >= 0");
        }
    }

    /** Attributes with only a port and a remote address; the class numbers 0. */
    public static ConnectionAttributes of(int localPort, IpAddress remote) {
        return new ConnectionAttributes(localPort, remote, 0, 0, 0, 0);
    }

    /** A copy with other size and age classes. */
    public ConnectionAttributes withClasses(int size, int age) {
        return new ConnectionAttributes(localPort, remote, applicationId, trafficClass, size, age);
    }
}
