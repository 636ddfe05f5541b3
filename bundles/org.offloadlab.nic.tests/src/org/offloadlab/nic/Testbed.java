package org.offloadlab.nic;

import java.util.ArrayList;
import java.util.List;

import org.offloadlab.nic.workload.DelayLine;
import org.offloadlab.nic.workload.HandshakeClients;
import org.offloadlab.sim.Simulator;

/**
 * An adapter at address 1, clients at 1000.. behind a 10 µs one-way wire, and a minimal host driver that answers each
 * interrupt by reading every visible completion and re-arming — what the host driver does, without sockets.
 */
final class Testbed {

    static final int NIC = 1;
    static final int PORT = 80;
    static final long US = 1_000L;
    static final long MS = 1_000_000L;
    static final long WIRE_DELAY = 10 * US;

    final Simulator sim = new Simulator(42);
    final OffloadAdapter nic;
    final HostInterface hif;
    final HandshakeClients clients;
    final List<Completion> completions = new ArrayList<>();
    final List<Long> interruptTimes = new ArrayList<>();

    Testbed(NicConfig config, int clientCapacity) {
        nic = new OffloadAdapter(sim, config, NIC);
        hif = nic.hostInterface();
        clients = new HandshakeClients(sim, 1000, 10, NIC, PORT, clientCapacity);
        clients.connectTo(DelayLine.to(sim, WIRE_DELAY, nic));
        nic.attachWire(DelayLine.to(sim, WIRE_DELAY, clients));
        hif.setInterruptHandler(now -> {
            interruptTimes.add(now);
            hif.poll((c, t) -> completions.add(c), Integer.MAX_VALUE, now);
            hif.rearm(now);
        });
    }

    /** LISTEN on {@link #PORT} at time 0 with one doorbell. */
    Testbed listen(int backlog) {
        sim.at(0, now -> {
            hif.post(Command.listen(PORT, backlog));
            hif.ringDoorbell(now);
        });
        return this;
    }

    /** A client opens at each of the given times. */
    Testbed openAt(long... times) {
        for (long t : times) {
            sim.at(t, clients::open);
        }
        return this;
    }

    List<EstablishedEntry> established() {
        List<EstablishedEntry> out = new ArrayList<>();
        for (Completion c : completions) {
            if (c.type() == CompletionType.ESTABLISHED) {
                out.addAll(c.entries());
            }
        }
        return out;
    }

    long count(CompletionType type) {
        return completions.stream().filter(c -> c.type() == type).count();
    }
}
