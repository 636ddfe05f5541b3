package org.offloadlab.dma;

/**
 * One entry of the ordered rule list that assigns connections to buffer groups (patent: "grouping of DMA buffers that
 * can be shared among specified connections based on any number of attributes"). Every criterion left at its "any"
 * value matches everything; a rule matches when all its criteria do. Build with {@link #to(int)} and the {@code with…}
 * methods.
 *
 * @param group
 *            the group a matching connection joins
 * @param portMin
 *            lowest local port matched
 * @param portMax
 *            highest local port matched
 * @param remote
 *            remote prefix, or {@code null} for any
 * @param applicationId
 *            application id, or {@link #ANY}
 * @param trafficClass
 *            traffic class, or {@link #ANY}
 * @param sizeMin
 *            lowest size class matched
 * @param sizeMax
 *            highest size class matched
 * @param ageMin
 *            lowest age class matched
 * @param ageMax
 *            highest age class matched
 */
public record GroupRule(int group, int portMin, int portMax, AddressPrefix remote, int applicationId,
        int trafficClass, int sizeMin, int sizeMax, int ageMin, int ageMax) {

    /** "Any value" for the application id and traffic class. */
    public static final int ANY = -1;

    /** Validates the ranges. */
    public GroupRule {
        if (group < 0) {
            throw new IllegalArgumentException("rule names no group: " + group);
        }
        if (portMin < 0 || portMax > 0xFFFF || portMin > portMax) {
            throw new IllegalArgumentException("bad local port range " + portMin + ".." + portMax);
        }
        if (sizeMin < 0 || sizeMin > sizeMax || ageMin < 0 || ageMin > ageMax) {
            throw new IllegalArgumentException("bad size/age class range");
        }
    }

    /** A rule sending every connection to {@code group}; narrow it with the {@code with…} methods. */
    public static GroupRule to(int group) {
        return new GroupRule(group, 0, 0xFFFF, null, ANY, ANY, 0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    }

    /** Only local ports {@code min..max}. */
    public GroupRule withLocalPorts(int min, int max) {
        return new GroupRule(group, min, max, remote, applicationId, trafficClass, sizeMin, sizeMax, ageMin, ageMax);
    }

    /** Only remote addresses in {@code prefix}. */
    public GroupRule withRemote(AddressPrefix prefix) {
        return new GroupRule(group, portMin, portMax, prefix, applicationId, trafficClass, sizeMin, sizeMax, ageMin,
                ageMax);
    }

    /** Only application {@code id}. */
    public GroupRule withApplication(int id) {
        return new GroupRule(group, portMin, portMax, remote, id, trafficClass, sizeMin, sizeMax, ageMin, ageMax);
    }

    /** Only traffic class {@code tc}. */
    public GroupRule withTrafficClass(int tc) {
        return new GroupRule(group, portMin, portMax, remote, applicationId, tc, sizeMin, sizeMax, ageMin, ageMax);
    }

    /** Only size classes {@code min..max}. */
    public GroupRule withSizeClasses(int min, int max) {
        return new GroupRule(group, portMin, portMax, remote, applicationId, trafficClass, min, max, ageMin, ageMax);
    }

    /** Only age classes {@code min..max}. */
    public GroupRule withAgeClasses(int min, int max) {
        return new GroupRule(group, portMin, portMax, remote, applicationId, trafficClass, sizeMin, sizeMax, min, max);
    }

    /** Whether a connection with {@code a} matches every criterion. */
    public boolean matches(ConnectionAttributes a) {
        return a.localPort() >= portMin && a.localPort() <= portMax
                && (remote == null || remote.contains(a.remote()))
                && (applicationId == ANY || applicationId == a.applicationId())
                && (trafficClass == ANY || trafficClass == a.trafficClass())
                && a.sizeClass() >= sizeMin && a.sizeClass() <= sizeMax
                && a.ageClass() >= ageMin && a.ageClass() <= ageMax;
    }
}
