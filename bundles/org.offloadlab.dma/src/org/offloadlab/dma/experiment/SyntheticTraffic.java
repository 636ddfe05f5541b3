package org.offloadlab.dma.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.offloadlab.dma.ConnectionAttributes;
import org.offloadlab.dma.IpAddress;

/**
 * A seeded population of connections for the experiments. The mix — 60 % web (port 443, ~2 KB responses, 20/s), 20 %
 * interactive (port 6379, DSCP 46, ~200 B, 50/s, latency-sensitive), 15 % database (port 5432, DSCP 10, ~8 KB, 10/s), 5
 * % bulk (port 873, DSCP 8, ~64 KB, 2/s) — is an assumption chosen to give the groups distinct behaviour, not a
 * measured workload. Remote peers come from four /16 networks.
 */
public final class SyntheticTraffic {

    /** Traffic classes used by the mix (DSCP values). */
    public static final int TC_WEB = 0;
    /** Expedited forwarding (RFC 3246). */
    public static final int TC_INTERACTIVE = 46;
    /** AF11 (RFC 2597). */
    public static final int TC_DATABASE = 10;
    /** CS1, lower effort. */
    public static final int TC_BULK = 8;

    private SyntheticTraffic() {
    }

    /** {@code n} connection profiles, the same for the same seed. */
    public static List<TrafficProfile> population(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<TrafficProfile> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int net = r.nextInt(4);
            IpAddress remote = IpAddress.ipv4((10 << 24) | ((net + 1) << 16) | r.nextInt(1 << 16));
            double u = r.nextDouble();
            if (u < 0.60) {
                out.add(profile(443, remote, 1, TC_WEB, false, "web", 20, 2000));
            } else if (u < 0.80) {
                out.add(profile(6379, remote, 2, TC_INTERACTIVE, true, "interactive", 50, 200));
            } else if (u < 0.95) {
                out.add(profile(5432, remote, 3, TC_DATABASE, false, "database", 10, 8000));
            } else {
                out.add(profile(873, remote, 4, TC_BULK, false, "bulk", 2, 65_536));
            }
        }
        return out;
    }

    private static TrafficProfile profile(int port, IpAddress remote, int app, int tc, boolean latency, String kind,
            double rate, int mean) {
        return new TrafficProfile(new ConnectionAttributes(port, remote, app, tc, 0, 0), latency, kind, rate, mean);
    }

    /** An exponentially distributed gap for {@code ratePerSecond}, in ns (at least 1). */
    static long gapNanos(SplittableRandom r, double ratePerSecond) {
        return Math.max(1, (long) (-Math.log(1 - r.nextDouble()) / ratePerSecond * 1e9));
    }

    /** A message size around {@code mean}: exponential, clamped to 1 .. 16 × mean. */
    static int messageBytes(SplittableRandom r, int mean) {
        long v = (long) (-Math.log(1 - r.nextDouble()) * mean);
        return (int) Math.max(1, Math.min(16L * mean, v));
    }
}
