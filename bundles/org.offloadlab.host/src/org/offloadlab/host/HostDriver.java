package org.offloadlab.host;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.offloadlab.nic.Command;
import org.offloadlab.nic.Completion;
import org.offloadlab.nic.CompletionConsumer;
import org.offloadlab.nic.EstablishedEntry;
import org.offloadlab.nic.HostInterface;
import org.offloadlab.sim.Scheduled;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.AppConnection;
import org.offloadlab.sim.app.AppHandler;
import org.offloadlab.sim.app.CloseReason;
import org.offloadlab.sim.app.LatencyHistogram;
import org.offloadlab.sim.app.SocketApi;
import org.offloadlab.tcp.HardState;
import org.offloadlab.tcp.SoftState;
import org.offloadlab.tcp.TcpConfig;

/**
 * The host's driver for an offload adapter and the socket API its applications use, so the simulator's workloads run on
 * offloaded connections unchanged. It reaches the adapter only through the {@link HostInterface}: it posts commands and
 * rings one doorbell per instant for all of them, and in its interrupt handler reads completions NAPI style (batches of
 * {@value #NAPI_BUDGET} until the ring is empty) and then re-arms. Every interaction is charged to {@link #cpu()} by
 * the {@link HostCostModel}; the {@link #shadow()} keeps each connection's hard state for failover.
 */
public final class HostDriver implements SocketApi {

    /** Completions per poll round (Linux NAPI weight). */
    static final int NAPI_BUDGET = 64;
    /** Largest SEND command payload. */
    private static final int MAX_SEND = 64 * 1024;
    private static final int EPHEMERAL_FIRST = 32768;
    private static final int EPHEMERAL_COUNT = 28232; // Linux ip_local_port_range 32768-60999

    private final Simulator sim;
    private HostInterface hif;
    private final int address;
    private final HostCpu cpu;
    private final HardStateShadow shadow;
    private final HostConnection[] bySlot;
    private final int sendLimit;
    private final int receiveBuffer;
    private final Map<Integer, AppHandler> listeners = new TreeMap<>();
    private final Map<Long, HostConnection> pending = new HashMap<>();
    /** Hard state sent with each RESTORE, to start the new shadow when it is confirmed. */
    private final Map<Long, HardState> restoring = new HashMap<>();
    /** The RESTORE commands themselves (with their soft-state checkpoint), to re-post if a substitute fails too. */
    private final Map<Long, Command> restoreCommands = new HashMap<>();
    private long nextReference = 1;
    private int nextEphemeral;
    private final ArrayDeque<Command> backlog = new ArrayDeque<>();
    private boolean doorbellDue;
    private final List<HostConnection> dirty = new ArrayList<>();
    private final Scheduled flush;
    /** The completion-handling core's next step when the CPU is simulated as delay (HostCostModel.cpuDelay). */
    private final Scheduled napiStep;
    /** When that core has finished the work given to it so far. */
    private long cpuBusyUntil;
    /** The completion that core is reading, and the time reading it takes. */
    private Completion held;
    private long heldNanos;
    private final CompletionConsumer hold = (c, now) -> held = c;
    private final LatencyHistogram setupLatency = new LatencyHistogram();
    private long acceptedConnections;
    private long lastHeartbeat = -1;
    private long heartbeatSequence;
    private long commandErrors;

    public HostDriver(Simulator sim, HostInterface hif, int address, HostCostModel cost) {
        this.sim = sim;
        this.address = address;
        this.cpu = new HostCpu(cost);
        int slots = hif.capabilities().tableCapacity();
        this.shadow = new HardStateShadow(slots);
        this.bySlot = new HostConnection[slots];
        this.sendLimit = hif.sendBufferBytes();
        this.receiveBuffer = hif.initialReceiveCredit();
        this.flush = sim.handle(this::flush);
        this.napiStep = sim.handle(this::napiStep);
        bind(hif);
    }

    private void bind(HostInterface h) {
        hif = h;
        h.setInterruptHandler(this::interrupt);
    }

    public HostCpu cpu() {
        return cpu;
    }

    public HardStateShadow shadow() {
        return shadow;
    }

    public HostInterface hostInterface() {
        return hif;
    }

    /** Time from a connection's SYN reaching the adapter to the host learning of it, over accepted connections. */
    public LatencyHistogram setupLatency() {
        return setupLatency;
    }

    /** Connections handed to applications by listening ports. */
    public long acceptedConnections() {
        return acceptedConnections;
    }

    /** Commands the adapter rejected. */
    public long commandErrors() {
        return commandErrors;
    }

    /** Open sockets. */
    public int openConnections() {
        int n = 0;
        for (HostConnection c : bySlot) {
            if (c != null) {
                n++;
            }
        }
        return n + pending.size();
    }

    // ================================================================================================ socket API

    @Override
    public int address() {
        return address;
    }

    @Override
    public void listen(int port, int backlogSize, AppHandler handler, long nowNanos) {
        if (port <= 0 || port > 65535 || handler == null) {
            throw new IllegalArgumentException("listen needs a port in 1..65535 and a handler: " + port);
        }
        listeners.put(port, handler);
        submit(Command.listen(port, backlogSize), nowNanos);
    }

    @Override
    public void unlisten(int port, long nowNanos) {
        if (listeners.remove(port) != null) {
            submit(Command.unlisten(port), nowNanos);
        }
    }

    @Override
    public AppConnection connect(int remoteHost, int remotePort, AppHandler handler, long nowNanos) {
        if (remotePort <= 0 || remotePort > 65535 || handler == null) {
            throw new IllegalArgumentException("connect needs a port in 1..65535 and a handler: " + remotePort);
        }
        int port = EPHEMERAL_FIRST + nextEphemeral;
        nextEphemeral = (nextEphemeral + 1) % EPHEMERAL_COUNT;
        HostConnection c = new HostConnection(this, handler, remoteHost, port, remotePort, sendLimit);
        long ref = nextReference++;
        pending.put(ref, c);
        submit(Command.connect(ref, port, remoteHost, remotePort), nowNanos);
        return c;
    }

    /** Sends a liveness probe; {@link #lastHeartbeat()} tells which one the adapter answered last. */
    public long heartbeat(long nowNanos) {
        long seq = ++heartbeatSequence;
        submit(Command.heartbeat(seq), nowNanos);
        return seq;
    }

    /** Sequence number of the last heartbeat answered, -1 if none. */
    public long lastHeartbeat() {
        return lastHeartbeat;
    }

    /**
     * The adapter's id of a connection this host's socket API handed out (its current one: a failover renumbers); -1
     * for a connection not from a {@code HostDriver}, or while its active open is in progress.
     */
    public static int connectionId(AppConnection c) {
        return c instanceof HostConnection h ? h.id : -1;
    }

    /** Host-visible adapter ids of the connections the host knows (a fresh array; for the failover controller). */
    public int[] connectionIds() {
        int n = 0;
        for (HostConnection c : bySlot) {
            if (c != null) {
                n++;
            }
        }
        int[] ids = new int[n];
        int i = 0;
        for (HostConnection c : bySlot) {
            if (c != null) {
                ids[i++] = c.id;
            }
        }
        return ids;
    }

    /**
     * Full-checkpoint strategy: stores the soft-state record the adapter DMA-wrote for connection {@code connectionId}
     * (its bus cost is the caller's to count: one record per connection per checkpoint period). Ignored for a
     * connection the host does not know (yet).
     */
    public void checkpoint(int connectionId, SoftState soft, long nowNanos) {
        int slot = connectionId & 0xFFFFFF;
        HostConnection h = connectionId < 0 || slot >= bySlot.length ? null : bySlot[slot];
        if (h != null && h.id == connectionId && soft != null) {
            shadow.checkpoint(slot, soft, nowNanos);
        }
    }

    /** RESTORE commands posted by {@link #restoreOnto} and not yet confirmed by the substitute. */
    public int pendingRestores() {
        return restoring.size();
    }

    // ============================================================================================ commands out

    private void submit(Command c, long now) {
        if (backlog.isEmpty() && hif.post(c)) {
            cpu.command();
            doorbellDue = true;
        } else {
            backlog.add(c);
        }
        scheduleFlush(now);
    }

    private void scheduleFlush(long now) {
        if (!flush.isPending()) {
            sim.reschedule(flush, now);
        }
    }

    void markDirty(HostConnection c, long now) {
        if (!c.dirty) {
            c.dirty = true;
            dirty.add(c);
        }
        scheduleFlush(now);
    }

    void copied(int bytes) {
        cpu.copied(bytes);
    }

    void maybeReturnCredit(HostConnection c, long now) {
        if (c.id >= 0 && !c.ended && c.creditOwed >= receiveBuffer / 2) {
            submit(Command.credit(c.id, c.creditOwed), now);
            c.creditOwed = 0;
        }
    }

    void abort(HostConnection c, long now) {
        if (c.id >= 0) {
            submit(Command.abort(c.id), now);
        }
    }

    /** End of an instant: post the data and closes the sockets queued, then one doorbell for everything. */
    private void flush(long now) {
        for (int i = 0; i < dirty.size(); i++) {
            HostConnection c = dirty.get(i);
            c.dirty = false;
            if (c.id >= 0 && !c.ended && !c.aborted) {
                postData(c, now);
            }
        }
        dirty.clear();
        while (!backlog.isEmpty() && hif.post(backlog.peek())) {
            backlog.poll();
            cpu.command();
            doorbellDue = true;
        }
        if (doorbellDue) {
            doorbellDue = false;
            hif.ringDoorbell(now);
            cpu.doorbell();
        }
        if (!backlog.isEmpty()) {
            sim.reschedule(flush, now + 1_000); // the ring is full: try again when the adapter has fetched
        }
    }

    private void postData(HostConnection c, long now) {
        int slot = c.slot();
        while (c.posted < c.send.length()) {
            int n = Math.min(MAX_SEND, c.send.length() - c.posted);
            submit(Command.send(c.id, c.send.copy(c.posted, n)), now);
            c.posted += n;
            shadow.posted(slot, n);
        }
        if (c.outputShut && !c.finPosted) {
            c.finPosted = true;
            shadow.finPosted(slot);
            submit(c.closeRequested ? Command.close(c.id) : Command.shutdown(c.id), now);
            c.closePosted = c.closeRequested;
        } else if (c.closeRequested && !c.closePosted) {
            c.closePosted = true;
            submit(Command.close(c.id), now);
        }
    }

    // ======================================================================================= completions in

    private void interrupt(long now) {
        cpu.interrupt();
        if (cpu.model().cpuDelay()) {
            // the handler starts when the core is free and after the interrupt's own entry cost
            cpuBusyUntil = Math.max(now, cpuBusyUntil) + Math.round(cpu.model().interruptNanos());
            sim.reschedule(napiStep, cpuBusyUntil);
            return;
        }
        int n;
        do {
            n = hif.poll(this::onCompletion, NAPI_BUDGET, now);
        } while (n == NAPI_BUDGET);
        hif.rearm(now);
        cpu.doorbell();
    }

    /**
     * The NAPI loop on a simulated core, one completion per step: a completion is read, the core spends the time to
     * process it (the completion and its connection records), then the driver acts on it — the application learns of it
     * at that moment — and the core stays busy for whatever the reaction cost (copies, commands) before reading the
     * next. When no completion is visible the handler re-arms the interrupt (a doorbell, on this core too) and returns.
     */
    private void napiStep(long now) {
        if (held != null) {
            Completion c = held;
            held = null;
            double before = cpu.totalNanos();
            onCompletion(c, now);
            long reaction = Math.round(cpu.totalNanos() - before) - heldNanos;
            if (reaction > 0) {
                cpuBusyUntil = now + reaction;
                sim.reschedule(napiStep, cpuBusyUntil);
                return;
            }
        }
        if (hif.poll(hold, 1, now) == 0) {
            hif.rearm(now);
            cpu.doorbell();
            cpuBusyUntil = now + Math.round(cpu.model().doorbellNanos());
            return;
        }
        heldNanos = Math.round(cpu.model().completionNanos() + held.entries().size() * cpu.model().entryNanos());
        cpuBusyUntil = now + heldNanos;
        sim.reschedule(napiStep, cpuBusyUntil);
    }

    /**
     * Before the driver drains a failed adapter's ring itself: the completion a simulated core was reading is acted on
     * first (order kept) and the NAPI loop stops; the new adapter's first interrupt starts a new one.
     */
    private void finishHeldCompletion(long now) {
        sim.cancel(napiStep);
        if (held != null) {
            Completion c = held;
            held = null;
            onCompletion(c, now);
        }
    }

    private HostConnection live(Completion c) {
        int slot = c.tid() & 0xFFFFFF;
        HostConnection h = c.tid() < 0 || slot >= bySlot.length ? null : bySlot[slot];
        return h != null && h.id == c.tid() ? h : null;
    }

    private void onCompletion(Completion c, long now) {
        cpu.completion();
        switch (c.type()) {
            case ESTABLISHED -> {
                for (EstablishedEntry e : c.entries()) {
                    accepted(e, now);
                }
            }
            case CONNECTED -> {
                HostConnection h = pending.remove(c.value());
                if (h != null) {
                    EstablishedEntry e = c.entries().get(0);
                    cpu.entry();
                    adopt(h, e.tid());
                    shadow.open(h.slot(), e);
                    h.handler.connected(h, now);
                    markDirty(h, now);
                }
            }
            case CONNECT_FAILED -> {
                HostConnection h = pending.remove(c.value());
                if (h != null) {
                    h.ended = true;
                    h.handler.closed(h, c.status() == Completion.REFUSED
                            ? CloseReason.REFUSED
                            : c.status() == Completion.TIMED_OUT ? CloseReason.TIMED_OUT : CloseReason.REFUSED, now);
                }
            }
            case RESTORED -> {
                HostConnection h = pending.remove(c.value());
                HardState hs = restoring.remove(c.value());
                restoreCommands.remove(c.value());
                if (h != null && hs != null) {
                    adopt(h, c.tid());
                    shadow.open(h.slot(), new EstablishedEntry(c.tid(), address, hs.localPort(), h.remoteHost,
                            hs.remotePort(), hs, now));
                    if (hs.finQueued()) {
                        shadow.finPosted(h.slot());
                    }
                    if (HardStateShadow.finReceived(hs.state())) {
                        shadow.peerFin(h.slot()); // the host has had the FIN: counted once, and kept for a next failover
                    }
                    if (hs.finQueued() && hs.sndUna() == hs.sndNxt()) {
                        shadow.finAcked(h.slot());
                    }
                    markDirty(h, now);
                }
            }
            case RX_DATA -> {
                HostConnection h = live(c);
                if (h != null) {
                    byte[] data = c.data();
                    h.received.add(data);
                    h.available += data.length;
                    shadow.delivered(h.slot(), data.length, (int) c.value());
                    cpu.shadowUpdate();
                    h.handler.readable(h, now);
                }
            }
            case RX_FIN -> {
                HostConnection h = live(c);
                if (h != null) {
                    h.eof = true;
                    shadow.peerFin(h.slot());
                    h.handler.readable(h, now);
                }
            }
            case TX_ACKED -> {
                HostConnection h = live(c);
                if (h != null) {
                    int una = (int) c.value();
                    int advance = una - shadow.sndUna(h.slot());
                    int acked = Math.max(0, Math.min(h.posted, advance)); // FIN: +1 beyond data
                    if (h.finPosted && advance > h.posted) {
                        shadow.finAcked(h.slot());
                    }
                    h.send.drop(acked);
                    h.posted -= acked;
                    shadow.acked(h.slot(), una, c.value2());
                    cpu.shadowUpdate();
                    if (acked > 0 && !h.outputShut) {
                        h.handler.writable(h, now);
                    }
                }
            }
            case CLOSED -> {
                HostConnection h = live(c);
                if (h != null) {
                    bySlot[h.slot()] = null;
                    shadow.close(h.slot());
                    h.ended = true;
                    CloseReason reason = h.aborted ? CloseReason.RESET : switch (c.status()) {
                        case Completion.RESET -> CloseReason.RESET;
                        case Completion.TIMED_OUT -> CloseReason.TIMED_OUT;
                        default -> CloseReason.NORMAL;
                    };
                    h.handler.closed(h, reason, now);
                }
            }
            case HEARTBEAT -> lastHeartbeat = Math.max(lastHeartbeat, c.value());
            case COMMAND_ERROR -> commandErrors++;
            case COMMAND_DONE -> {
                // LISTEN/UNLISTEN took effect
            }
        }
    }

    private void adopt(HostConnection h, int id) {
        h.id = id;
        bySlot[h.slot()] = h;
    }

    private void accepted(EstablishedEntry e, long now) {
        cpu.entry();
        AppHandler handler = listeners.get(e.localPort());
        if (handler == null) {
            submit(Command.abort(e.tid()), now); // the listener was withdrawn meanwhile
            return;
        }
        HostConnection h = new HostConnection(this, handler, e.remoteHost(), e.localPort(), e.remotePort(), sendLimit);
        adopt(h, e.tid());
        shadow.open(h.slot(), e);
        acceptedConnections++;
        setupLatency.record(now - e.synArrivalNanos());
        handler.accepted(h, now);
    }

    // ================================================================================================ failover

    /**
     * Failover without state recovery: binds to {@code substitute}, re-listens, and ends every connection the host
     * knows with {@link CloseReason#RESET} (their state is gone with the failed adapter); applications that want to
     * continue must reconnect. Returns the number of connections lost.
     */
    public int resetAllOnto(HostInterface substitute, long nowNanos) {
        finishHeldCompletion(nowNanos);
        while (hif.poll(this::onCompletion, Integer.MAX_VALUE, nowNanos) > 0) {
            // completions that reached host memory before the failure
        }
        backlog.clear();
        bind(substitute);
        for (Map.Entry<Integer, AppHandler> l : listeners.entrySet()) {
            submit(Command.listen(l.getKey(), 1024), nowNanos);
        }
        List<HostConnection> victims = new ArrayList<>(pending.values());
        pending.clear();
        restoring.clear();
        for (int slot = 0; slot < bySlot.length; slot++) {
            HostConnection h = bySlot[slot];
            if (h != null) {
                bySlot[slot] = null;
                shadow.close(slot);
                victims.add(h);
            }
        }
        for (HostConnection h : victims) { // after the tables are clean: a handler may reconnect at once
            h.id = -1;
            h.ended = true;
            h.handler.closed(h, CloseReason.RESET, nowNanos);
        }
        int lost = victims.size();
        return lost;
    }

    /**
     * Moves every connection of this driver to another driver's adapter, which keeps serving its own connections: the
     * "second active adapter taking extra load" substitute of IBM patent EP1609063 (two adapters both active, e.g. the
     * two links of an 802.3ad aggregate, one driver instance per adapter). As {@link #restoreOnto}, but the RESTOREs
     * are posted on the {@code survivor}'s host interface by the survivor itself, and the sockets change owner: from
     * then on the survivor's interrupt handler reads their completions and its rings carry their commands. Applications
     * keep their sockets. Nothing of the survivor's own connections is touched: its rings and interrupt handler stay
     * bound, so they run on without a pause.
     * <p>
     * What stays here: listeners (the survivor listens on the same ports itself — both adapters share the host's
     * address) and host-initiated connects still in progress (as after {@link #restoreOnto}: a known limit). This
     * driver is left bound to its failed adapter with no connections.
     *
     * @return the number of connections handed over
     */
    public int handOverTo(HostDriver survivor, TcpConfig config, long nowNanos) {
        if (survivor == null || survivor == this) {
            throw new IllegalArgumentException("hand-over needs another driver to take the connections");
        }
        finishHeldCompletion(nowNanos);
        while (hif.poll(this::onCompletion, Integer.MAX_VALUE, nowNanos) > 0) {
            // completions that reached host memory before the failure
        }
        backlog.clear(); // commands for the failed adapter are void: the shadow covers their effect
        for (HostConnection c : dirty) {
            c.dirty = false; // the survivor posts their data once they are restored there
        }
        dirty.clear();
        int moved = 0;
        // RESTOREs an earlier substitute of this driver never confirmed: same hard state, now the survivor's
        for (Map.Entry<Long, HardState> r : restoring.entrySet()) {
            HostConnection h = pending.remove(r.getKey());
            if (h != null) {
                Command earlier = restoreCommands.get(r.getKey());
                h.driver = survivor;
                survivor.adoptRestore(h, r.getValue(), earlier == null ? null : earlier.softState(),
                        earlier == null ? -1 : earlier.checkpointNanos(), nowNanos);
                moved++;
            }
        }
        restoring.clear();
        restoreCommands.clear();
        return moved + restoreShadowed(survivor, config, nowNanos);
    }

    /**
     * Posts the RESTORE of a socket (one of ours after a failure, or one handed over by another driver); RESTORED
     * adopts it as for our own.
     */
    private void adoptRestore(HostConnection h, HardState hs, SoftState soft, long checkpointAt, long nowNanos) {
        h.id = -1;
        h.posted = h.send.length(); // the restored state carries them all
        h.finPosted = h.outputShut;
        h.closePosted = h.closeRequested;
        long ref = nextReference++;
        pending.put(ref, h);
        Command restore = soft == null
                ? Command.restore(ref, h.remoteHost, hs)
                : Command.restore(ref, h.remoteHost, hs, soft, checkpointAt);
        submit(restore, nowNanos);
        restoring.put(ref, hs);
        restoreCommands.put(ref, restore);
    }

    /**
     * Moves every connection to {@code substitute} from the hard-state shadow alone (IBM patent EP1609063: recover hard
     * state from host information, resume on a substitute engine): reads what the failed adapter had already written to
     * host memory, then re-listens and posts one RESTORE per connection carrying its hard state and its unacknowledged
     * data. Applications keep their sockets and notice nothing but a pause.
     */
    public void restoreOnto(HostInterface substitute, TcpConfig config, long nowNanos) {
        finishHeldCompletion(nowNanos);
        while (hif.poll(this::onCompletion, Integer.MAX_VALUE, nowNanos) > 0) {
            // completions that reached host memory before the failure
        }
        backlog.clear(); // commands for the failed adapter are void: the shadow covers their effect
        bind(substitute);
        for (Map.Entry<Integer, AppHandler> l : listeners.entrySet()) {
            submit(Command.listen(l.getKey(), 1024), nowNanos);
        }
        // RESTOREs a failed substitute never confirmed: those connections did not run since, their hard state (and
        // checkpoint) is current
        for (Map.Entry<Long, HardState> r : restoring.entrySet()) {
            HostConnection h = pending.get(r.getKey());
            if (h != null) {
                Command again = restoreCommands.get(r.getKey());
                submit(again != null ? again : Command.restore(r.getKey(), h.remoteHost, r.getValue()), nowNanos);
            }
        }
        restoreShadowed(this, config, nowNanos);
    }

    /**
     * Takes every connection this driver's shadow holds out of it and has {@code target} (this driver after a failure,
     * or a survivor taking them over) post its RESTORE from the shadow's hard state and soft-state checkpoint.
     *
     * @return the connections moved
     */
    private int restoreShadowed(HostDriver target, TcpConfig config, long nowNanos) {
        int moved = 0;
        for (int slot = 0; slot < bySlot.length; slot++) {
            HostConnection h = bySlot[slot];
            if (h == null) {
                continue;
            }
            HardState hs = shadow.toHardState(slot, h.send.copy(0, h.send.length()), h.posted, config);
            SoftState soft = shadow.toSoftState(slot);
            long checkpointAt = shadow.checkpointedAt(slot);
            bySlot[slot] = null;
            shadow.close(slot);
            h.driver = target;
            target.adoptRestore(h, hs, soft, checkpointAt, nowNanos);
            moved++;
        }
        return moved;
    }
}
