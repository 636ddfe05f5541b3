package org.offloadlab.tcp.linux;

import java.io.IOException;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * A Linux TAP interface opened through {@code /dev/net/tun} with JNA (IFF_TAP | IFF_NO_PI, non-blocking): whole
 * Ethernet frames are read and written on the file descriptor. Not thread-safe; one event loop owns it.
 */
final class TapDevice implements AutoCloseable {

    /** The few libc calls needed; {@code ioctl} is variadic, the third argument is passed as a pointer. */
    interface LibC extends Library {
        int open(String path, int flags);

        int ioctl(int fd, NativeLong request, Pointer arg);

        NativeLong read(int fd, byte[] buf, NativeLong count);

        NativeLong write(int fd, byte[] buf, NativeLong count);

        int poll(Pointer fds, int nfds, int timeoutMillis);

        int close(int fd);
    }

    private static final int O_RDWR = 2;
    private static final int O_NONBLOCK = 04000;
    private static final int O_CLOEXEC = 02000000;
    private static final long TUNSETIFF = 0x400454caL;
    private static final short IFF_TAP = 0x0002;
    private static final short IFF_NO_PI = 0x1000;
    private static final short POLLIN = 0x0001;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;

    private static LibC libc;

    private final LibC c;
    private final String name;
    private final Memory pollFd = new Memory(8);
    private int fd;

    private TapDevice(LibC c, int fd, String name) {
        this.c = c;
        this.fd = fd;
        this.name = name;
        pollFd.setInt(0, fd);
        pollFd.setShort(4, POLLIN);
        pollFd.setShort(6, (short) 0);
    }

    private static synchronized LibC libc() {
        if (libc == null) {
            libc = Native.load("c", LibC.class);
        }
        return libc;
    }

    /** Creates the (non-persistent) TAP interface {@code name}; it disappears when the descriptor is closed. */
    static TapDevice create(String name) throws IOException {
        if (name.length() > 15) {
            throw new IllegalArgumentException("interface name too long: " + name);
        }
        LibC c = libc();
        int fd = c.open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            throw new IOException("open /dev/net/tun: errno " + Native.getLastError());
        }
        try (Memory ifr = new Memory(40)) { // struct ifreq
            ifr.clear();
            byte[] n = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            ifr.write(0, n, 0, n.length);
            ifr.setShort(16, (short) (IFF_TAP | IFF_NO_PI));
            if (c.ioctl(fd, new NativeLong(TUNSETIFF), ifr) < 0) {
                int errno = Native.getLastError();
                c.close(fd);
                throw new IOException("ioctl TUNSETIFF " + name + ": errno " + errno);
            }
        }
        return new TapDevice(c, fd, name);
    }

    String name() {
        return name;
    }

    /** One frame into {@code buf}; 0 if none is waiting. */
    int read(byte[] buf) throws IOException {
        while (true) {
            long n = c.read(fd, buf, new NativeLong(buf.length)).longValue();
            if (n >= 0) {
                return (int) n;
            }
            int errno = Native.getLastError();
            if (errno == EAGAIN) {
                return 0;
            }
            if (errno != EINTR) {
                throw new IOException("read " + name + ": errno " + errno);
            }
        }
    }

    /** Writes one frame; a full queue (EAGAIN) drops it, as a link would. Returns whether it was written. */
    boolean write(byte[] frame, int length) throws IOException {
        while (true) {
            long n = c.write(fd, frame, new NativeLong(length)).longValue();
            if (n >= 0) {
                return true;
            }
            int errno = Native.getLastError();
            if (errno == EAGAIN) {
                return false;
            }
            if (errno != EINTR) {
                throw new IOException("write " + name + ": errno " + errno);
            }
        }
    }

    /** Waits at most {@code timeoutMillis} for a frame to read. */
    void awaitReadable(int timeoutMillis) {
        pollFd.setShort(6, (short) 0);
        c.poll(pollFd, 1, Math.max(0, timeoutMillis));
    }

    @Override
    public void close() {
        if (fd >= 0) {
            c.close(fd);
            fd = -1;
        }
        pollFd.close();
    }
}
