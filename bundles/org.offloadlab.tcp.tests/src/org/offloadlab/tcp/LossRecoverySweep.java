package org.offloadlab.tcp;

import java.util.EnumMap;
import java.util.Map;

/**
 * A one-way bulk transfer between two engines over the seeded {@link LinkSimulation} link with only random loss:
 * measures what loss recovery needed (RTOs, fast recoveries, retransmissions by kind) and the virtual completion time.
 */
final class LossRecoverySweep {

    record Result(long seed, boolean completed, long virtualNanos, Map<RecoveryEvent, Integer> sender, int lost) {
        int count(RecoveryEvent e) {
            return sender.get(e);
        }
    }

    static TcpConfig bulkConfig(TcpConfig base) {
        return base.toBuilder().mss(1460).sendBufferSize(1 << 20).receiveBufferSize(1 << 20)
                .userTimeoutNanos(1_800_000_000_000L).build();
    }

    static Result run(long seed, double loss, int size, TcpConfig config) {
        LinkSimulation sim = new LinkSimulation(seed, loss, 0, 0, size, 0, config, config);
        sim.open();
        boolean ok = sim.run(3_600L * 1_000_000_000L, null);
        Map<RecoveryEvent, Integer> m = new EnumMap<>(RecoveryEvent.class);
        for (RecoveryEvent e : RecoveryEvent.values()) {
            m.put(e, sim.a.recoveryCount(e));
        }
        return new Result(seed, ok && sim.receivedAtB.size() == size, sim.now, m, sim.dropped);
    }

    /** Prints a sweep (measurement aid for docs/PERFORMANCE.md): seeds 1..n, 2 % loss, 4 MB, Linux profile. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        double loss = args.length > 1 ? Double.parseDouble(args[1]) : 0.02;
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 4 << 20;
        TcpConfig base = args.length > 3 && args[3].equals("rfc") ? TcpConfig.rfcDefaults() : TcpConfig.linuxDefaults();
        TcpConfig c = bulkConfig(base);
        long totalTime = 0;
        int rto = 0;
        int incomplete = 0;
        for (long seed = 1; seed <= n; seed++) {
            Result r = run(seed, loss, size, c);
            totalTime += r.virtualNanos();
            rto += r.count(RecoveryEvent.TIMEOUT);
            incomplete += r.completed() ? 0 : 1;
            System.out.printf("seed %d: %s %.2f s lost %d %s%n", seed, r.completed() ? "ok" : "INCOMPLETE",
                    r.virtualNanos() / 1e9, r.lost(), r.sender());
        }
        System.out.printf("total: %d runs, %d incomplete, RTOs %d, mean completion %.2f s (virtual)%n", n, incomplete,
                rto, totalTime / 1e9 / n);
    }
}
