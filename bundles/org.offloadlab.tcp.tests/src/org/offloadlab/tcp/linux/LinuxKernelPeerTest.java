package org.offloadlab.tcp.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.offloadlab.tcp.RecoveryEvent;
import org.offloadlab.tcp.State;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.TcpConnection;
import org.offloadlab.tcp.TcpStack;

/**
 * The real Linux TCP stack as the peer (issue 3): the engine is attached to a TAP interface that lives in a network
 * namespace made for the test ({@code olabtest-<pid>-<n>}, private addresses only, deleted afterwards). The kernel side
 * is a small python3 program run with {@code ip netns exec}; each side sends 10 MB and half-closes while reading the
 * other's 10 MB, as server and as client, and both byte streams are compared by SHA-256. The engine runs on wall-clock
 * time ({@link System#nanoTime()}) in this thread's event loop. The lossy variants drop 2 % of the segments each way
 * (seeded) in the Java-side link, before they reach the engine or the TAP (the kernel here has no sch_netem). Each
 * transfer must finish within 150 s (lossless and lossy runs take well under 2 s; the margin is for a loaded machine).
 * Skipped unless root on Linux with /dev/net/tun, ip and python3. The engine's loss-recovery counters are printed.
 *
 * <p>
 * Measured (2026-11-24, 2 % loss, 10 MB each way): before the RFC 6675 duplicate-ACK fix and RACK-TLP the engine's
 * stream took 6.7-15.4 s with 30-73 retransmission timeouts (the kernel's growing window hid every duplicate ACK); now
 * 1.5-1.7 s with 0-1 timeouts; the kernel's own stream arrives in under 1.1 s.
 */
@Timeout(value = 200, unit = TimeUnit.SECONDS)
class LinuxKernelPeerTest {

    private static final int SIZE = 10 * 1024 * 1024;
    private static final long DEADLINE_NANOS = 150_000_000_000L;
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final byte[] KERNEL_MAC = {0x02, 0x00, 0x00, 0x63, 0x00, 0x01};
    private static final byte[] ENGINE_MAC = {0x02, 0x00, 0x00, 0x63, 0x00, 0x02};
    private static final byte[] KERNEL_IP = {10, 99, 0, 1};
    private static final byte[] ENGINE_IP = {10, 99, 0, 2};

    /** The kernel side: server or client; sends SIZE random octets, half-closes, reads to EOF, reports hashes. */
    private static final String PEER = String.join("\n", //
            "import hashlib, os, socket, sys, threading", //
            "mode, host, port, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])", //
            "if mode == 'server':", //
            "    l = socket.socket(); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)", //
            "    l.bind((host, port)); l.listen(1); l.settimeout(50)", //
            "    print('READY', flush=True)", //
            "    s, _ = l.accept(); l.close()", //
            "else:", //
            "    s = socket.create_connection((host, port), timeout=50)", //
            "s.settimeout(50)", //
            "data = os.urandom(size)", //
            "def tx():", //
            "    s.sendall(data); s.shutdown(socket.SHUT_WR)", //
            "t = threading.Thread(target=tx); t.start()", //
            "h = hashlib.sha256(); n = 0", //
            "while True:", //
            "    b = s.recv(262144)", //
            "    if not b: break", //
            "    h.update(b); n += len(b)", //
            "t.join(); s.close()", //
            "print('RESULT', n, h.hexdigest(), size, hashlib.sha256(data).hexdigest(), flush=True)", //
            "");

    private NetNamespace ns;
    private TapDevice tap;
    private Process peer;
    private final ByteArrayOutputStream peerOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream peerErr = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux") && NetNamespace.usable(),
                "needs Linux, root, /dev/net/tun, ip and python3");
        long pid = ProcessHandle.current().pid();
        int n = COUNTER.incrementAndGet();
        ns = new NetNamespace("olabtest-" + pid + "-" + n);
        ns.create();
        String tapName = "olt" + (pid % 1_000_000) + "t" + n;
        tap = TapDevice.create(tapName);
        ns.adoptTap(tapName, "02:00:00:63:00:01", "10.99.0.1/24");
    }

    @AfterEach
    void tearDown() {
        if (tap != null) {
            tap.close();
        }
        if (ns != null) {
            ns.close();
        }
    }

    @Test
    void kernelAsServer() throws Exception {
        kernelServer(5001, 1, 0);
    }

    @Test
    void kernelAsClient() throws Exception {
        startPeer("client", "10.99.0.2", 5002);
        transfer(false, 5002, 2, 0);
    }

    /** 2 % of the segments each way dropped (seeded) inside the Java-side link: both stacks must recover. */
    @Test
    void kernelAsServerWithLoss() throws Exception {
        kernelServer(5003, 3, 0.02);
    }

    @Test
    void kernelAsClientWithLoss() throws Exception {
        startPeer("client", "10.99.0.2", 5004);
        transfer(false, 5004, 4, 0.02);
    }

    private void kernelServer(int port, long seed, double loss) throws Exception {
        startPeer("server", "10.99.0.1", port);
        long until = System.nanoTime() + 10_000_000_000L;
        while (!peerText(peerOut).contains("READY")) {
            if (System.nanoTime() > until || !peer.isAlive()) {
                fail("kernel server did not start: " + peerText(peerOut) + peerText(peerErr));
            }
            Thread.sleep(10);
        }
        transfer(true, port, seed, loss);
    }

    private void startPeer(String mode, String host, int port) throws IOException {
        peer = ns.start("python3", "-c", PEER, mode, host, Integer.toString(port), Integer.toString(SIZE));
        Thread.ofPlatform().daemon().start(() -> NetNamespace.copy(peer.getInputStream(), peerOut));
        Thread.ofPlatform().daemon().start(() -> NetNamespace.copy(peer.getErrorStream(), peerErr));
    }

    private static String peerText(ByteArrayOutputStream out) {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static TcpConfig config() {
        // Linux-like timers; 1 s initial RTO as RFC 6298. Wall-clock time, so no virtual-time shortcuts.
        return TcpConfig.linuxDefaults().toBuilder().mss(1460).sendBufferSize(1024 * 1024)
                .receiveBufferSize(1024 * 1024).userTimeoutNanos(150_000_000_000L).build();
    }

    /** Runs the engine's half of the exchange, then checks both directions against the kernel's hashes. */
    private void transfer(boolean active, int port, long seed, double loss) throws Exception {
        TcpStack stack = new TcpStack(config(), null);
        TapLink link = new TapLink(tap, stack, ENGINE_MAC, ENGINE_IP, KERNEL_MAC, KERNEL_IP, seed, loss);
        byte[] data = new byte[SIZE];
        new Random(seed).nextBytes(data);
        MessageDigest received = sha256();
        long start = System.nanoTime();
        TcpConnection c = null;
        if (active) {
            c = stack.connect(link.peerHost(), 40000, port, start);
        } else {
            stack.listen(port, 4);
        }
        int written = 0;
        long receivedCount = 0;
        boolean eof = false;
        boolean finQueued = false;
        long eofAt = 0;
        long finQueuedAt = 0;
        int lastBackoff = 0;
        int timeouts = 0;
        int maxBackoff = 0;
        ByteBuffer buf = ByteBuffer.allocate(256 * 1024);
        while (true) {
            long now = System.nanoTime();
            if (now - start > DEADLINE_NANOS) {
                fail("no completion within 150 s: sent " + written + " received " + receivedCount + " engine RTOs "
                        + timeouts + " conn " + c
                        + " " + link.stats() + " peer: " + peerText(peerOut) + peerText(peerErr));
            }
            if (!peer.isAlive() && peer.exitValue() != 0) {
                fail("kernel peer failed: " + peerText(peerOut) + peerText(peerErr) + " conn " + c + " "
                        + link.stats());
            }
            int frames = link.receive(512);
            now = System.nanoTime();
            if (c == null) {
                c = stack.accept(port);
            }
            if (c != null) {
                if (c.state().isSynchronized() && written < SIZE) {
                    int n = c.send(ByteBuffer.wrap(data, written, SIZE - written), now);
                    written += Math.max(n, 0);
                }
                if (written == SIZE && !finQueued && c.state().isSynchronized()) {
                    c.shutdownOutput(now);
                    finQueued = true;
                    finQueuedAt = now;
                }
                while (!eof) {
                    buf.clear();
                    int n = c.receive(buf, now);
                    if (n > 0) {
                        received.update(buf.array(), 0, n);
                        receivedCount += n;
                    } else {
                        eof = n < 0;
                        eofAt = eof ? now : 0;
                        break;
                    }
                }
                if (eof && finQueued && (c.state() == State.TIME_WAIT || c.state() == State.CLOSED)) {
                    break;
                }
                if (c.state() == State.CLOSED && !(eof && finQueued)) {
                    fail("connection closed early: sent " + written + " received " + receivedCount + " "
                            + link.stats() + " peer: " + peerText(peerOut) + peerText(peerErr));
                }
            }
            link.dispatch(System.nanoTime());
            if (c != null && c.state().isSynchronized()) {
                int backoff = c.softState().rtoBackoff(); // diagnostics: retransmission timeouts of the engine
                if (backoff > lastBackoff) {
                    timeouts++;
                    maxBackoff = Math.max(maxBackoff, backoff);
                }
                lastBackoff = backoff;
            }
            if (frames == 0) {
                long wait = stack.pollAt() - System.nanoTime();
                link.await((int) Math.max(0, Math.min(5, wait / 1_000_000L)));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // let the last ACK of our FIN / of the peer's FIN leave before the peer is awaited
        link.dispatch(System.nanoTime());
        if (!peer.waitFor(15, TimeUnit.SECONDS)) {
            fail("kernel peer did not finish: " + peerText(peerOut) + peerText(peerErr));
        }
        String out = peerText(peerOut);
        String result = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new AssertionError("no result from the kernel peer: " + out + peerText(peerErr)));
        String[] r = result.split(" ");
        String sentHash = HexFormat.of().formatHex(sha256().digest(data));
        assertEquals(Long.toString(SIZE), r[1], "octets the kernel received");
        assertEquals(sentHash, r[2], "SHA-256 engine -> kernel");
        assertEquals(SIZE, receivedCount, "octets the engine received");
        assertEquals(r[4], HexFormat.of().formatHex(received.digest()), "SHA-256 kernel -> engine");
        System.out.printf(
                "linux peer (%s, loss %.0f%%): 2 x %d octets in %.2f s, %.1f MB/s each way (kernel stream complete at"
                        + " %.2f s, engine stream queued at %.2f s, engine RTOs %d, max backoff %d); %s%n",
                active ? "kernel server" : "kernel client", loss * 100, SIZE, seconds, SIZE / 1e6 / seconds,
                (eofAt - start) / 1e9, (finQueuedAt - start) / 1e9, timeouts, maxBackoff,
                recoveryCounts(c) + " " + link.stats());
    }

    /** The engine's loss-recovery counters, e.g. "TIMEOUT=3 FAST_RECOVERY=40 ...". */
    static String recoveryCounts(TcpConnection c) {
        StringBuilder sb = new StringBuilder();
        for (RecoveryEvent e : RecoveryEvent.values()) {
            sb.append(sb.isEmpty() ? "" : " ").append(e).append('=').append(c.recoveryCount(e));
        }
        return sb.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
