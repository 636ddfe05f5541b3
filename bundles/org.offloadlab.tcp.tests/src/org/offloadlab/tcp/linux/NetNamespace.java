package org.offloadlab.tcp.linux;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace made with {@code ip netns add} for one test, holding a TAP interface whose other end (the file
 * descriptor) stays in this JVM. Only private addresses inside the namespace; {@link #close} kills the processes
 * started in it and deletes it (which also removes whatever interface is left inside).
 */
final class NetNamespace implements AutoCloseable {

    private final String name;
    private final List<Process> processes = new ArrayList<>();
    private boolean created;

    NetNamespace(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** Whether this machine can run the test: root, /dev/net/tun, the ip tool and python3. */
    static boolean usable() {
        try {
            return new java.io.File("/dev/net/tun").exists() && run(10, "id", "-u").trim().equals("0")
                    && run(10, "ip", "-V") != null && run(10, "python3", "-c", "print(1)").trim().equals("1");
        } catch (IOException e) {
            return false;
        }
    }

    void create() throws IOException {
        try {
            run(10, "ip", "netns", "delete", name); // a leftover of a killed run with the same process id
        } catch (IOException e) {
            // the usual case: there is none
        }
        run(10, "ip", "netns", "add", name);
        created = true;
    }

    /**
     * Moves {@code tap} into the namespace and configures it: MAC {@code mac}, address {@code cidr}, up; loopback up,
     * IPv6 off on the TAP (no router solicitations or DAD to ignore).
     */
    void adoptTap(String tap, String mac, String cidr) throws IOException {
        run(10, "ip", "link", "set", "dev", tap, "address", mac);
        run(10, "ip", "link", "set", "dev", tap, "netns", name);
        exec(10, "ip", "link", "set", "dev", "lo", "up");
        try {
            exec(10, "sysctl", "-q", "-w", "net.ipv6.conf." + tap + ".disable_ipv6=1");
        } catch (IOException e) {
            // without sysctl the IPv6 frames are simply ignored
        }
        exec(10, "ip", "addr", "add", cidr, "dev", tap);
        exec(10, "ip", "link", "set", "dev", tap, "mtu", "1500", "up");
    }

    /** Runs a command inside the namespace and waits for it. */
    String exec(int timeoutSeconds, String... command) throws IOException {
        String[] full = new String[command.length + 4];
        full[0] = "ip";
        full[1] = "netns";
        full[2] = "exec";
        full[3] = name;
        System.arraycopy(command, 0, full, 4, command.length);
        return run(timeoutSeconds, full);
    }

    /** Starts a command inside the namespace; {@link #close} destroys it if it is still running. */
    Process start(String... command) throws IOException {
        String[] full = new String[command.length + 4];
        full[0] = "ip";
        full[1] = "netns";
        full[2] = "exec";
        full[3] = name;
        System.arraycopy(command, 0, full, 4, command.length);
        Process p = new ProcessBuilder(full).start();
        processes.add(p);
        return p;
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        if (created) {
            try {
                run(10, "ip", "netns", "delete", name);
            } catch (IOException e) {
                System.err.println("could not delete namespace " + name + ": " + e.getMessage());
            }
            created = false;
        }
    }

    /** Runs a command, returns its standard output; fails on a non-zero exit or after the timeout. */
    static String run(int timeoutSeconds, String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread reader = Thread.ofPlatform().daemon().start(() -> copy(p.getInputStream(), out));
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timeout: " + String.join(" ", command));
            }
            reader.join(2000);
            String text;
            synchronized (out) {
                text = out.toString(StandardCharsets.UTF_8);
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ": " + text);
            }
            return text;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buf = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buf)) > 0) {
                synchronized (out) {
                    out.write(buf, 0, n);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }
}
