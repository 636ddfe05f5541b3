package org.offloadlab.tcp.packetdrill;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.offloadlab.tcp.ConnectionEvent;
import org.offloadlab.tcp.ConnectionListener;
import org.offloadlab.tcp.SackBlock;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.SeqNum;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.TcpConnection;
import org.offloadlab.tcp.TcpFlags;
import org.offloadlab.tcp.TcpOptions;
import org.offloadlab.tcp.TcpStack;
import org.offloadlab.tcp.packetdrill.ScriptAst.OptionLine;
import org.offloadlab.tcp.packetdrill.ScriptAst.Options;
import org.offloadlab.tcp.packetdrill.ScriptAst.PacketLine;
import org.offloadlab.tcp.packetdrill.ScriptAst.Statement;
import org.offloadlab.tcp.packetdrill.ScriptAst.SyscallLine;
import org.offloadlab.tcp.packetdrill.ScriptAst.Time;
import org.offloadlab.tcp.packetdrill.ScriptAst.TimeKind;
import org.offloadlab.tcp.packetdrill.ScriptAst.Unsupported;

/**
 * Runs packetdrill scripts against the engine: one {@link TcpStack} with the socket under test, the script's remote
 * peer as packet injection ({@code <}) and expectation ({@code >}), all in virtual time (the engine is deterministic,
 * so a run is reproducible).
 * <p>
 * Mapping (after packetdrill's {@code run_packet.c} semantics):
 * <ul>
 * <li>Time: script time 0 is virtual time {@link #START_NANOS}; {@code 0.100} is absolute, {@code +0.1} is relative to
 * the previous event's <em>actual</em> time (after an outbound packet matched a little late, later relative times move
 * with it, as packetdrill's adjustment of relative event times does), {@code *} is any time, {@code a~b} a range. An
 * outbound packet must appear within ±{@link #TOLERANCE_NANOS} (packetdrill's default {@code --tolerance_usecs=4000})
 * of its time. Injected packets and system calls happen exactly at their time; every timer due before is run
 * first.</li>
 * <li>Sequence numbers: the remote side's sequence space starts at {@link #REMOTE_ISN} (script {@code seq 0} of an
 * inbound packet, {@code ack 1} of an outbound one is REMOTE_ISN+1). The engine's ISN is learned from the first
 * outbound packet (normally its SYN or SYN-ACK: script {@code 0} is the engine's ISN); afterwards outbound {@code seq}
 * and inbound {@code ack} are relative to it. SACK blocks are relative to the space they acknowledge.</li>
 * <li>Timestamps: inbound TSval is sent as written. The engine's TSval is not checked (packetdrill checks it only with
 * {@code --tcp_ts_tick_usecs}; the engine's clock and per-connection offset are its own, RFC 7323 §5.4). An injected
 * ACK's TSecr naming the script TSval of an earlier outbound packet is replaced by that packet's live TSval; any other
 * value is shifted by (first live TSval - its script TSval), packetdrill's {@code --tcp_ts_ecr_scaled}. Outbound TSecr
 * is compared exactly (it echoes a script-chosen TSval).</li>
 * <li>Options are compared by meaning (mss, wscale, sackOK, TS, SACK blocks), not layout: {@code nop}/{@code eol} are
 * ignored (packetdrill compares the option bytes in order; the engine always emits one layout, so a script written for
 * Linux's layout or another one both match). A packet without an option list expects no options; {@code <...>} skips
 * the check. {@code win} and {@code ack} are checked only when written.</li>
 * <li>System calls return -1 with the errno packetdrill scripts expect from Linux (EINPROGRESS for a non-blocking
 * connect, EAGAIN for accept/read/write that would block, ECONNRESET/ECONNREFUSED/ETIMEDOUT once for a pending socket
 * error, then EPIPE on write and 0 on read). A blocking accept, connect or read starts at its time and returns when the
 * engine allows, while later lines run (packetdrill runs it in a thread); its return time ({@code a...b}) is not
 * checked. A script that ends with such a call still blocked fails.</li>
 * <li>Addresses: the local socket binds/listens on port {@link #LOCAL_PORT} (the peer connects from
 * {@link #REMOTE_PORT}); a connecting socket uses local port {@link #EPHEMERAL_PORT} to the peer's
 * {@link #LOCAL_PORT}.</li>
 * </ul>
 * Not supported (reported as {@code unsupported: <construct>} and skipped): Python blocks, shell commands, command-line
 * options, IP/UDP/ICMP lines, options other than mss/nop/eol/wscale/sackOK/TS/sack, system calls other than socket,
 * bind, listen, accept, connect, read, write, send, recv, close, shutdown, setsockopt, getsockopt, fcntl (epoll, poll,
 * sendmsg, ioctl, ...), send/recv flags, and socket options other than SO_REUSEADDR, SO_REUSEPORT, TCP_NODELAY,
 * SO_KEEPALIVE (get also SO_ERROR).
 */
public final class PacketdrillRunner {

    /** packetdrill's default {@code --tolerance_usecs=4000}. */
    public static final long TOLERANCE_NANOS = 4_000_000L;
    /** Virtual time of script time 0 (not 0, so that nothing in the engine sees a zero clock). */
    public static final long START_NANOS = 1_000_000_000L;
    /** The remote peer's initial sequence number (script-relative 0). */
    public static final int REMOTE_ISN = 0x5EED0000;
    /** The remote peer's host id (192.0.2.1, TEST-NET-1). */
    public static final int REMOTE_HOST = 0xC0000201;
    /** Port a script's listening socket binds to, and the port a connecting socket connects to. */
    public static final int LOCAL_PORT = 8080;
    /** The remote peer's port when it connects to us. */
    public static final int REMOTE_PORT = 48000;
    /** Our port when the socket under test connects. */
    public static final int EPHEMERAL_PORT = 36000;
    /** Default window of an injected packet without {@code win}. */
    public static final int DEFAULT_WINDOW = 65535;
    /** Longest an "any time" ({@code *}) expectation waits. */
    private static final long ANY_WAIT_NANOS = 600_000_000_000L;

    private static final Map<String, Integer> ERRNO = Map.of("EAGAIN", 11, "EINPROGRESS", 115, "ECONNREFUSED",
            111, "ECONNRESET", 104, "EPIPE", 32, "ETIMEDOUT", 110, "ENOTCONN", 107, "EBADF", 9, "EINVAL", 22,
            "EISCONN", 106);

    /** The text of a packet event: time, then {@code <} or {@code >}. */
    private static final Pattern PACKET_EVENT = Pattern.compile("^(\\*|[+-]?[0-9.]+)(\\s*~\\s*[+-]?[0-9.]+)?"
            + "(\\s*\\.\\.\\.\\s*[+-]?[0-9.]+)?\\s+[<>].*", Pattern.DOTALL);

    /**
     * Calls that open connections or send data the runner cannot (Fast Open sendto, sendmsg, ...): skipping one would
     * leave the rest of the script without its connection or its packets.
     */
    private static final Set<String> OPENING_CALLS = Set.of("socket", "listen", "accept", "connect", "sendto",
            "sendmsg", "writev", "sendfile");

    private static final Set<String> SYSCALLS = Set.of("socket", "bind", "listen", "accept", "connect", "write",
            "send", "read", "recv", "close", "shutdown", "setsockopt", "getsockopt", "fcntl");

    private PacketdrillRunner() {
    }

    /** Runs a script file under {@link TcpConfig#linuxDefaults()}. */
    public static ScriptResult run(Path script) {
        return run(script, TcpConfig.linuxDefaults());
    }

    /** Runs a script file under {@code config}. */
    public static ScriptResult run(Path script, TcpConfig config) {
        String name = String.valueOf(script.getFileName());
        String text;
        try {
            text = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new ScriptResult(name, ScriptResult.Status.FAIL, 0, "readable script", e.toString(), List.of());
        }
        return run(name, text, config);
    }

    /** Runs script text under {@code config}; never throws. */
    public static ScriptResult run(String name, String script, TcpConfig config) {
        List<Statement> statements;
        try {
            statements = ScriptParser.parse(script);
        } catch (RuntimeException e) {
            return new ScriptResult(name, ScriptResult.Status.FAIL, 0, "parsable script", e.toString(), List.of());
        }
        return new Execution(name, config).run(statements);
    }

    /** A multi-line summary: one line per script and the totals. */
    public static String summary(List<ScriptResult> results) {
        StringBuilder b = new StringBuilder();
        int[] counts = new int[ScriptResult.Status.values().length];
        for (ScriptResult r : results) {
            counts[r.status().ordinal()]++;
            b.append(r.summary()).append('\n');
        }
        return b.append(results.size()).append(" scripts: ").append(counts[0]).append(" passed, ")
                .append(counts[1]).append(" failed, ").append(counts[2]).append(" unsupported").toString();
    }

    /** A failed expectation. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final String expected;
        final String actual;

        Failure(int line, String expected, String actual) {
            super(expected + " / " + actual, null, false, false);
            this.line = line;
            this.expected = expected;
            this.actual = actual;
        }
    }

    /** A construct met while executing (e.g. an unknown socket option). */
    private static final class Skip extends Exception {
        private static final long serialVersionUID = 1L;

        Skip(String construct) {
            super(construct, null, false, false);
        }
    }

    private record Emitted(long at, Segment segment) {
    }

    /** A file descriptor of the script. */
    private static final class Sock {
        boolean listening;
        boolean nonBlocking;
        boolean noDelay;
        boolean keepAlive;
        TcpConnection connection;
    }

    /** One script run: the state packetdrill keeps between events. */
    private static final class Execution {
        private final String name;
        private final TcpStack stack;
        private final ArrayDeque<Emitted> outbound = new ArrayDeque<>();
        /** Errors not yet reported to the application (Linux sk_err), per connection. */
        private final Map<TcpConnection, String> errors = new IdentityHashMap<>();
        /** Connections whose error was reported once: later writes fail with EPIPE. */
        private final Map<TcpConnection, Boolean> dead = new IdentityHashMap<>();
        private final Map<Integer, Sock> fds = new HashMap<>();
        private final List<String> unsupported = new ArrayList<>();
        /** Script TSval to the engine's TSval of the outbound packet it was written for. */
        private final Map<Integer, Integer> tsVals = new HashMap<>();
        private int nextFd = 3;
        private long now = START_NANOS;
        private long lastEventTime = START_NANOS;
        private Integer localIsn;
        private Integer tsOffset;
        private int localPort = LOCAL_PORT;
        private int peerPort = REMOTE_PORT;
        private long toleranceNanos = TOLERANCE_NANOS;
        private Statement current;
        private SyscallLine pending;
        private Sock pendingSock;

        Execution(String name, TcpConfig config) {
            this.name = name;
            this.stack = new TcpStack(config, new ConnectionListener() {
                @Override
                public void event(TcpConnection c, ConnectionEvent e, long at) {
                    switch (e) {
                        case REFUSED -> errors.put(c, "ECONNREFUSED");
                        case RESET -> errors.put(c, "ECONNRESET");
                        case TIMED_OUT -> errors.put(c, "ETIMEDOUT");
                        default -> {
                            // other events are seen by polling the connection
                        }
                    }
                }
            });
        }

        ScriptResult run(List<Statement> statements) {
            boolean stopped = false;
            try {
                for (Statement s : statements) {
                    current = s;
                    try {
                        switch (s) {
                            case Unsupported u -> throw new Skip(u.construct());
                            case PacketLine p -> {
                                if (p.inbound()) {
                                    inject(p);
                                } else {
                                    expect(p);
                                }
                            }
                            case SyscallLine c -> syscall(c);
                            case OptionLine o -> option(o);
                        }
                    } catch (Skip e) {
                        unsupported.add("line " + s.line() + ": unsupported: " + e.getMessage());
                        if (s instanceof Unsupported u && PACKET_EVENT.matcher(u.text().strip()).matches()
                                || s instanceof SyscallLine c && OPENING_CALLS.contains(c.name())) {
                            // a packet that was not injected (or an expectation that consumed nothing) leaves the
                            // engine out of step with the script: what follows would fail for that reason alone
                            unsupported.add("line " + s.line() + ": script not run past this unsupported "
                                    + (s instanceof SyscallLine ? "call" : "packet"));
                            stopped = true;
                            break;
                        }
                    } catch (RuntimeException e) {
                        throw new Failure(s.line(), s.text(), "internal error: " + e);
                    }
                }
                runUntil(now, false);
                if (pending != null && !stopped) {
                    throw new Failure(pending.line(), pending.text(), "the blocking call never returned");
                }
            } catch (Failure f) {
                return new ScriptResult(name, ScriptResult.Status.FAIL, f.line, f.expected, f.actual, unsupported);
            } catch (RuntimeException e) {
                // never a crash: an engine exception while draining the end of the script is a failure too
                return new ScriptResult(name, ScriptResult.Status.FAIL, 0, "end of script", "internal error: " + e,
                        unsupported);
            }
            return new ScriptResult(name,
                    unsupported.isEmpty() ? ScriptResult.Status.PASS : ScriptResult.Status.UNSUPPORTED, 0, null,
                    null, unsupported);
        }

        /**
         * Script-level options: {@code --tolerance_usecs} sets the timing tolerance; {@code --tcp_ts_ecr_scaled} is
         * what the runner does anyway. Others (addresses, MSS of the tun device, ...) do not apply to the engine.
         */
        private void option(OptionLine o) throws Skip {
            switch (o.name()) {
                case "tolerance_usecs" -> {
                    try {
                        toleranceNanos = Long.parseLong(String.valueOf(o.value())) * 1000;
                    } catch (NumberFormatException e) {
                        throw new Skip("option " + o.text());
                    }
                }
                case "tcp_ts_ecr_scaled" -> {
                    // the default here: unmatched TSecr values are shifted by the first TSval difference
                }
                default -> throw new Skip("command-line option " + o.text());
            }
        }

        // ------------------------------------------------------------------------------------------ time

        private long eventTime(Time t, boolean upper) {
            long micros = upper && t.rangeEndMicros() >= 0 ? t.rangeEndMicros() : t.micros();
            return switch (t.kind()) {
                case ABSOLUTE -> START_NANOS + micros * 1000;
                case RELATIVE -> lastEventTime + micros * 1000;
                case ANY -> now;
            };
        }

        /**
         * Runs the engine's timers up to {@code limit}, collecting what it sends; with {@code stopOnEmit} it stops as
         * soon as something was sent (the clock stays at that moment).
         */
        private void runUntil(long limit, boolean stopOnEmit) throws Failure {
            for (int guard = 0;; guard++) {
                long p = stack.pollAt();
                if (p > limit) {
                    break;
                }
                if (guard > 100_000) {
                    throw new Failure(current == null ? 0 : current.line(), "the engine to become idle",
                            "it keeps asking for dispatch at " + secs(p));
                }
                now = Math.max(now, p);
                int before = outbound.size();
                long at = now;
                stack.dispatch(at, (host, s) -> outbound.add(new Emitted(at, s)));
                completePending();
                if (stopOnEmit && outbound.size() > before) {
                    return;
                }
            }
            if (!stopOnEmit) {
                now = Math.max(now, limit);
            }
        }

        private static String secs(long virtualNanos) {
            return String.format("%.6f", (virtualNanos - START_NANOS) / 1e9);
        }

        // ------------------------------------------------------------------------------------------ packets

        private void inject(PacketLine p) throws Failure {
            runUntil(Math.max(now, eventTime(p.time(), false)), false);
            if (p.ack() != null && localIsn == null) {
                // nothing sent yet (e.g. an ACK to a closed port): packetdrill then uses the value as written, and the
                // engine's answer (RST seq = SEG.ACK) then shows ISN 0 consistently
                localIsn = 0;
            }
            int ack = p.ack() == null ? 0 : localIsn + (int) (long) p.ack();
            TcpOptions o = TcpOptions.NONE;
            Options po = p.options();
            if (po != null) {
                o = new TcpOptions(po.mss(), po.wscale(), po.sackOk(),
                        blocks(po.sack(), localIsn == null ? 0 : localIsn),
                        po.timestamps(),
                        (int) po.tsVal(),
                        liveEcr(po.tsEcr(), (p.flags() & TcpFlags.ACK) != 0),
                        List.of());
            }
            Segment seg = new Segment(peerPort, localPort, REMOTE_ISN + (int) p.seqStart(), ack, p.flags(),
                    p.window() == null ? DEFAULT_WINDOW : p.window(), 0, o, ByteBuffer.allocate(p.length()));
            stack.process(REMOTE_HOST, seg, now);
            lastEventTime = now;
            completePending();
        }

        /**
         * packetdrill maps an inbound TSecr to the live TSval of the outbound packet whose script TSval it names;
         * failing that it interpolates from the first TSval pair (its {@code --tcp_ts_ecr_scaled} behaviour, here the
         * default).
         */
        private int liveEcr(long scriptEcr, boolean ack) {
            Integer exact = tsVals.get((int) scriptEcr);
            if (!ack) {
                return (int) scriptEcr;
            }
            return exact != null ? exact : (int) scriptEcr + (tsOffset == null ? 0 : tsOffset);
        }

        private static List<SackBlock> blocks(List<long[]> sack, int base) {
            List<SackBlock> out = new ArrayList<>();
            for (long[] b : sack) {
                out.add(new SackBlock(base + (int) b[0], base + (int) b[1]));
            }
            return out;
        }

        private void expect(PacketLine p) throws Failure {
            long lo = p.time().kind() == TimeKind.ANY ? Long.MIN_VALUE : eventTime(p.time(), false) - toleranceNanos;
            long hi = p.time().kind() == TimeKind.ANY
                    ? now + ANY_WAIT_NANOS
                    : eventTime(p.time(), true) + toleranceNanos;
            if (outbound.isEmpty()) {
                runUntil(hi, true);
            }
            if (outbound.isEmpty()) {
                // the script fails either way; look further only to tell "late" from "never" in the report
                runUntil(hi + ANY_WAIT_NANOS, true);
            }
            Emitted e = outbound.poll();
            if (e == null) {
                throw new Failure(p.line(), p.text(), "no packet");
            }
            Segment s = e.segment();
            if (localIsn == null) {
                localIsn = s.seq() - (int) p.seqStart(); // packetdrill: the first outbound packet fixes the ISN
            }
            if (s.options().timestamps() && p.options() != null && p.options().timestamps()) {
                if (tsOffset == null) {
                    tsOffset = s.options().tsVal() - (int) p.options().tsVal();
                }
                tsVals.put((int) p.options().tsVal(), s.options().tsVal());
            }
            String actual = render(s) + " at " + secs(e.at());
            if (e.at() < lo || e.at() > hi) {
                throw new Failure(p.line(), p.text(), "timing: " + actual);
            }
            if (s.payloadLength() > 0 && s.payloadLength() < p.length() && s.seq() == localIsn + (int) p.seqStart()) {
                expectMerged(p, e, lo, hi);
                return;
            }
            if ((s.flags() & 0xFF) != p.flags() || s.seq() != localIsn + (int) p.seqStart()
                    || s.payloadLength() != p.length() || !sameHeader(p, s)) {
                throw new Failure(p.line(), p.text(), actual);
            }
            lastEventTime = e.at();
        }

        private boolean sameHeader(PacketLine p, Segment s) {
            return !(p.ack() != null && (!s.has(TcpFlags.ACK) || s.ack() != REMOTE_ISN + (int) (long) p.ack())
                    || p.window() != null && s.window() != p.window() || !p.ignoreOptions() && !optionsMatch(p, s));
        }

        /**
         * One large expected segment (packetdrill's TSO/GSO lines, e.g. {@code P. 1:20001(20000)}: Linux hands the NIC
         * one super-segment) against the engine's MSS-sized segments: a run of consecutive segments, all within the
         * line's time window, whose union covers exactly the expected range, each with the expected ACK, window and
         * options, the flags other than PSH/FIN on every one, PSH/FIN as the union (on the last) has them.
         */
        private void expectMerged(PacketLine p, Emitted first, long lo, long hi) throws Failure {
            final int pushFin = TcpFlags.PSH | TcpFlags.FIN;
            int next = localIsn + (int) p.seqStart();
            int unionFlags = 0;
            Emitted e = first;
            StringBuilder actual = new StringBuilder();
            while (true) {
                Segment s = e.segment();
                actual.append(actual.isEmpty() ? "" : " + ").append(render(s)).append(" at ").append(secs(e.at()));
                if (e.at() < lo || e.at() > hi) {
                    throw new Failure(p.line(), p.text(), "timing: " + actual);
                }
                if (s.seq() != next || (s.flags() & 0xFF & ~pushFin) != (p.flags() & ~pushFin) || !sameHeader(p, s)
                        || (unionFlags & pushFin) != 0) {
                    throw new Failure(p.line(), p.text(), actual.toString());
                }
                unionFlags |= s.flags() & 0xFF;
                next += s.payloadLength();
                long covered = SeqNum.distance(localIsn + (int) p.seqStart(), next);
                if (covered == p.length()) {
                    break;
                }
                if (covered > p.length() || s.payloadLength() == 0) {
                    throw new Failure(p.line(), p.text(), actual.toString());
                }
                if (outbound.isEmpty()) {
                    runUntil(hi, true);
                }
                e = outbound.poll();
                if (e == null) {
                    throw new Failure(p.line(), p.text(), actual + " and then no packet");
                }
            }
            if ((unionFlags & pushFin) != (p.flags() & pushFin)) {
                throw new Failure(p.line(), p.text(), actual.toString());
            }
            lastEventTime = e.at();
        }

        private static boolean optionsMatch(PacketLine p, Segment s) {
            TcpOptions a = s.options();
            Options o = p.options();
            if (o == null) {
                return a.mss() < 0 && a.windowScale() < 0 && !a.sackPermitted() && !a.timestamps()
                        && a.sackBlocks().isEmpty() && a.unknown().isEmpty();
            }
            return a.mss() == o.mss() && a.windowScale() == o.wscale() && a.sackPermitted() == o.sackOk()
                    && a.timestamps() == o.timestamps() && (!o.timestamps() || a.tsEcr() == (int) o.tsEcr())
                    && a.sackBlocks().equals(blocks(o.sack(), REMOTE_ISN)) && a.unknown().isEmpty();
        }

        /** Renders an outbound segment in script syntax, script-relative. */
        private String render(Segment s) {
            StringBuilder b = new StringBuilder("> ");
            String order = "FSRP.UEW";
            int[] bits = {TcpFlags.FIN, TcpFlags.SYN, TcpFlags.RST, TcpFlags.PSH, TcpFlags.ACK, TcpFlags.URG,
                    TcpFlags.ECE, TcpFlags.CWR};
            for (int i = 0; i < bits.length; i++) {
                if (s.has(bits[i])) {
                    b.append(order.charAt(i));
                }
            }
            long seq = SeqNum.unsigned(s.seq() - localIsn);
            b.append(' ').append(seq).append(':').append(seq + s.payloadLength()).append('(')
                    .append(s.payloadLength()).append(')');
            if (s.has(TcpFlags.ACK)) {
                b.append(" ack ").append(SeqNum.unsigned(s.ack() - REMOTE_ISN));
            }
            b.append(" win ").append(s.window());
            TcpOptions o = s.options();
            List<String> items = new ArrayList<>();
            if (o.mss() >= 0) {
                items.add("mss " + o.mss());
            }
            if (o.sackPermitted()) {
                items.add("sackOK");
            }
            if (o.timestamps()) {
                items.add("TS val " + Integer.toUnsignedString(o.tsVal() - (tsOffset == null ? 0 : tsOffset))
                        + " ecr " + Integer.toUnsignedString(o.tsEcr()));
            }
            if (o.windowScale() >= 0) {
                items.add("wscale " + o.windowScale());
            }
            if (!o.sackBlocks().isEmpty()) {
                StringBuilder sb = new StringBuilder("sack");
                for (SackBlock k : o.sackBlocks()) {
                    sb.append(' ').append(SeqNum.unsigned(k.left() - REMOTE_ISN)).append(':')
                            .append(SeqNum.unsigned(k.right() - REMOTE_ISN));
                }
                items.add(sb.toString());
            }
            if (!o.unknown().isEmpty()) {
                items.add(o.unknown().toString());
            }
            if (!items.isEmpty()) {
                b.append(" <").append(String.join(",", items)).append('>');
            }
            return b.toString();
        }

        // ------------------------------------------------------------------------------------------ system calls

        private void syscall(SyscallLine c) throws Failure, Skip {
            runUntil(Math.max(now, eventTime(c.time(), false)), false);
            lastEventTime = now;
            if (pending != null) {
                throw new Failure(c.line(), c.text(), "line " + pending.line() + " is still blocked");
            }
            if (!SYSCALLS.contains(c.name())) {
                throw new Skip("system call " + c.name());
            }
            Sock sock = c.name().equals("socket") ? new Sock() : fds.get((int) number(c, arg(c, 0)));
            if (sock == null) {
                check(c, -1, "EBADF");
                return;
            }
            switch (c.name()) {
                case "socket" -> {
                    if (c.args().size() != 3 || !c.args().get(1).contains("SOCK_STREAM")) {
                        throw new Skip("socket type " + c.args());
                    }
                    sock.nonBlocking = c.args().get(1).contains("SOCK_NONBLOCK");
                    int fd = newFd(c);
                    fds.put(fd, sock);
                    check(c, fd, null);
                }
                case "bind" -> check(c, 0, null);
                case "listen" -> {
                    String backlog = arg(c, 1);
                    stack.listen(LOCAL_PORT, backlog.equals("...") ? 128 : Math.max(1, (int) number(c, backlog)));
                    sock.listening = true;
                    localPort = LOCAL_PORT;
                    peerPort = REMOTE_PORT;
                    check(c, 0, null);
                }
                case "accept" -> {
                    if (!sock.listening) {
                        check(c, -1, "EINVAL");
                    } else if (!tryAccept(c, sock)) {
                        block(c, sock, "EAGAIN");
                    }
                }
                case "connect" -> {
                    if (sock.connection != null) {
                        check(c, -1, "EISCONN");
                        return;
                    }
                    localPort = EPHEMERAL_PORT;
                    peerPort = LOCAL_PORT;
                    try {
                        sock.connection = stack.connect(REMOTE_HOST, localPort, peerPort, now);
                    } catch (IllegalStateException e) {
                        // the runner has one fixed 4-tuple per side; Linux would pick another port or reuse TIME-WAIT
                        throw new Skip("connect while the 4-tuple is still in use (e.g. TIME-WAIT reuse)");
                    }
                    applyOptions(sock);
                    block(c, sock, "EINPROGRESS");
                }
                case "write", "send" -> write(c, sock);
                case "read", "recv" -> {
                    if (c.name().equals("recv")) {
                        noFlags(c, 3);
                    }
                    if (!tryRead(c, sock)) {
                        block(c, sock, "EAGAIN");
                    }
                }
                case "close" -> {
                    if (sock.listening) {
                        stack.unlisten(LOCAL_PORT, now);
                    } else if (sock.connection != null) {
                        sock.connection.close(now);
                    }
                    fds.remove((int) number(c, arg(c, 0)));
                    check(c, 0, null);
                }
                case "shutdown" -> {
                    String how = arg(c, 1);
                    if (sock.connection == null) {
                        check(c, -1, "ENOTCONN");
                    } else {
                        if (how.contains("SHUT_WR") || how.contains("SHUT_RDWR")) {
                            sock.connection.shutdownOutput(now);
                        }
                        check(c, 0, null);
                    }
                }
                case "setsockopt" -> setsockopt(c, sock);
                case "getsockopt" -> getsockopt(c, sock);
                case "fcntl" -> fcntl(c, sock);
                default -> throw new IllegalStateException(c.name()); // excluded by SYSCALLS
            }
        }

        /**
         * The descriptor for a new socket: the one the script expects when it is free (packetdrill maps script
         * descriptors to live ones, so a script may start at 4 or skip numbers), else the next free one.
         */
        private int newFd(SyscallLine c) {
            int fd = c.result() >= 0 && c.result() < 65536 && !fds.containsKey((int) c.result())
                    ? (int) c.result()
                    : nextFd;
            while (fds.containsKey(fd)) {
                fd++;
            }
            nextFd = Math.max(nextFd, fd + 1);
            return fd;
        }

        private static String arg(SyscallLine c, int i) throws Skip {
            if (c.args().size() <= i) {
                throw new Skip(c.name() + " with " + c.args().size() + " arguments");
            }
            return c.args().get(i);
        }

        private static long number(SyscallLine c, String text) throws Skip {
            String t = text.strip();
            if (t.startsWith("[") && t.endsWith("]")) {
                t = t.substring(1, t.length() - 1).strip();
            }
            try {
                return t.startsWith("0x") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw new Skip(c.name() + " argument '" + text + "'");
            }
        }

        /** The byte count of read/write/send/recv. */
        private static int count(SyscallLine c) throws Skip {
            long n = number(c, arg(c, 2));
            if (n < 0 || n > ScriptParser.MAX_LENGTH) {
                throw new Skip(c.name() + " of " + n + " bytes");
            }
            return (int) n;
        }

        private static void noFlags(SyscallLine c, int index) throws Skip {
            String f = arg(c, index);
            if (!f.equals("0")) {
                throw new Skip(c.name() + " flags " + f);
            }
        }

        private void check(SyscallLine c, long result, String errno) throws Failure {
            String want = c.errno();
            if (result != c.result() || result == -1 && !Objects.equals(errno, want)) {
                throw new Failure(c.line(), c.text(), "= " + result + (errno == null ? "" : " " + errno));
            }
        }

        /** A call that cannot complete now: -1 errno for a non-blocking socket, else it waits (packetdrill). */
        private void block(SyscallLine c, Sock sock, String errno) throws Failure {
            if (sock.nonBlocking) {
                check(c, -1, errno);
            } else {
                pending = c;
                pendingSock = sock;
                completePending();
            }
        }

        private void completePending() throws Failure {
            if (pending == null) {
                return;
            }
            SyscallLine c = pending;
            Sock sock = pendingSock;
            try {
                boolean done = switch (c.name()) {
                    case "accept" -> tryAccept(c, sock);
                    case "connect" -> tryConnect(c, sock);
                    default -> tryRead(c, sock);
                };
                if (done) {
                    pending = null;
                    pendingSock = null;
                }
            } catch (Skip e) {
                pending = null;
                unsupported.add("line " + c.line() + ": unsupported: " + e.getMessage());
            }
        }

        private boolean tryAccept(SyscallLine c, Sock listener) throws Failure {
            TcpConnection a = stack.accept(LOCAL_PORT);
            if (a == null) {
                return false;
            }
            Sock s = new Sock();
            s.noDelay = listener.noDelay; // Linux: accepted sockets inherit the listener's options
            s.keepAlive = listener.keepAlive;
            s.connection = a;
            applyOptions(s);
            int fd = newFd(c);
            fds.put(fd, s);
            check(c, fd, null);
            return true;
        }

        private boolean tryConnect(SyscallLine c, Sock sock) throws Failure {
            TcpConnection t = sock.connection;
            String err = errors.remove(t);
            if (err != null) {
                check(c, -1, err);
                return true;
            }
            if (t.state().isSynchronized()) {
                check(c, 0, null);
                return true;
            }
            return false;
        }

        private boolean tryRead(SyscallLine c, Sock sock) throws Failure, Skip {
            TcpConnection t = sock.connection;
            if (t == null) {
                check(c, -1, "ENOTCONN");
                return true;
            }
            int count = count(c);
            if (t.available() > 0) {
                ByteBuffer b = ByteBuffer.allocate(count);
                check(c, t.receive(b, now), null);
                return true;
            }
            String err = errors.remove(t);
            if (err != null) {
                dead.put(t, Boolean.TRUE);
                check(c, -1, err);
                return true;
            }
            if (t.receive(ByteBuffer.allocate(0), now) < 0) {
                check(c, 0, null); // end of stream
                return true;
            }
            return false;
        }

        private void write(SyscallLine c, Sock sock) throws Failure, Skip {
            if (c.name().equals("send")) {
                noFlags(c, 3);
            }
            TcpConnection t = sock.connection;
            if (t == null) {
                check(c, -1, "EPIPE");
                return;
            }
            String err = errors.remove(t);
            if (err != null) {
                dead.put(t, Boolean.TRUE);
                check(c, -1, err); // Linux reports the pending socket error (sk_err) first
                return;
            }
            int count = count(c);
            int n = dead.containsKey(t) ? -1 : t.send(ByteBuffer.allocate(count), now);
            if (n < 0) {
                check(c, -1, "EPIPE");
            } else if (n == 0 && count > 0) {
                if (!sock.nonBlocking) {
                    throw new Skip("blocking write on a full send buffer");
                }
                check(c, -1, "EAGAIN");
            } else {
                check(c, n, null);
            }
        }

        private void applyOptions(Sock s) {
            if (s.connection != null) {
                if (s.noDelay) {
                    s.connection.setNoDelay(true, now);
                }
                if (s.keepAlive) {
                    s.connection.setKeepAlive(true, now);
                }
            }
        }

        private void setsockopt(SyscallLine c, Sock sock) throws Failure, Skip {
            String opt = arg(c, 2);
            switch (opt) {
                case "SO_REUSEADDR", "SO_REUSEPORT" -> {
                    // one socket per script: address reuse changes nothing
                }
                case "TCP_NODELAY" -> sock.noDelay = number(c, arg(c, 3)) != 0;
                case "SO_KEEPALIVE" -> sock.keepAlive = number(c, arg(c, 3)) != 0;
                default -> throw new Skip("setsockopt " + opt);
            }
            if (sock.connection != null) {
                sock.connection.setNoDelay(sock.noDelay, now);
                if (opt.equals("SO_KEEPALIVE")) {
                    sock.connection.setKeepAlive(sock.keepAlive, now);
                }
            }
            check(c, 0, null);
        }

        private void getsockopt(SyscallLine c, Sock sock) throws Failure, Skip {
            String opt = arg(c, 2);
            long value = switch (opt) {
                case "SO_ERROR" -> {
                    String err = sock.connection == null ? null : errors.remove(sock.connection);
                    yield err == null ? 0 : ERRNO.get(err);
                }
                case "TCP_NODELAY" -> sock.noDelay ? 1 : 0;
                case "SO_KEEPALIVE" -> sock.keepAlive ? 1 : 0;
                default -> throw new Skip("getsockopt " + opt);
            };
            long want = number(c, arg(c, 3));
            if (want != value) {
                throw new Failure(c.line(), c.text(), opt + " = [" + value + "]");
            }
            check(c, 0, null);
        }

        private void fcntl(SyscallLine c, Sock sock) throws Failure, Skip {
            String cmd = arg(c, 1);
            switch (cmd) {
                case "F_GETFL" -> check(c, 0x2 | (sock.nonBlocking ? 0x800 : 0), null); // O_RDWR | O_NONBLOCK
                case "F_SETFL" -> {
                    sock.nonBlocking = arg(c, 2).contains("O_NONBLOCK");
                    check(c, 0, null);
                }
                default -> throw new Skip("fcntl " + cmd);
            }
        }
    }
}
