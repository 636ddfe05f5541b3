package org.offloadlab.host;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;

import org.offloadlab.sim.app.AppConnection;
import org.offloadlab.sim.app.AppHandler;

/**
 * One host socket over an offloaded connection. Send: the application's bytes are copied into a send ring that keeps
 * them until the adapter reports them acknowledged (TX_ACKED) — the unacknowledged data of the hard-state shadow — and
 * are posted to the adapter with SEND commands at the end of the current instant. Receive: RX_DATA buffers placed in
 * host memory by the adapter queue here until the application copies them out; freed space goes back to the adapter as
 * CREDIT once half the buffer is free.
 */
final class HostConnection implements AppConnection {

    /** The driver whose adapter carries the connection; moved by {@link HostDriver#handOverTo}. */
    HostDriver driver;
    final AppHandler handler;
    final int remoteHost;
    final int localPort;
    final int remotePort;
    /** The adapter's connection id; -1 while an active open is in progress. */
    int id = -1;
    final ByteRing send;
    /** Bytes at the front of {@link #send} already posted to the adapter. */
    int posted;
    final ArrayDeque<byte[]> received = new ArrayDeque<>(2);
    int receivedOffset;
    int available;
    int creditOwed;
    boolean eof;
    boolean outputShut;
    boolean finPosted;
    boolean closeRequested;
    boolean closePosted;
    boolean aborted;
    boolean ended;
    boolean dirty;

    HostConnection(HostDriver driver, AppHandler handler, int remoteHost, int localPort, int remotePort,
            int sendLimit) {
        this.driver = driver;
        this.handler = handler;
        this.remoteHost = remoteHost;
        this.localPort = localPort;
        this.remotePort = remotePort;
        this.send = new ByteRing(sendLimit);
    }

    int slot() {
        return id & 0xFFFFFF;
    }

    @Override
    public int remoteHost() {
        return remoteHost;
    }

    @Override
    public int localPort() {
        return localPort;
    }

    @Override
    public int remotePort() {
        return remotePort;
    }

    @Override
    public int send(ByteBuffer src, long nowNanos) {
        if (outputShut || ended) {
            return -1;
        }
        int n = send.write(src, src.remaining());
        if (n > 0) {
            driver.copied(n);
            driver.markDirty(this, nowNanos);
        }
        return n;
    }

    @Override
    public int receive(ByteBuffer dst, long nowNanos) {
        int n = 0;
        while (dst.hasRemaining() && !received.isEmpty()) {
            byte[] b = received.peek();
            int k = Math.min(dst.remaining(), b.length - receivedOffset);
            dst.put(b, receivedOffset, k);
            receivedOffset += k;
            n += k;
            if (receivedOffset == b.length) {
                received.poll();
                receivedOffset = 0;
            }
        }
        if (n > 0) {
            available -= n;
            driver.copied(n);
            creditOwed += n;
            driver.maybeReturnCredit(this, nowNanos);
            return n;
        }
        return eof || ended && available == 0 ? -1 : 0;
    }

    @Override
    public int sendSpace() {
        return outputShut || ended ? 0 : send.space();
    }

    @Override
    public int available() {
        return available;
    }

    @Override
    public void shutdownOutput(long nowNanos) {
        if (!outputShut && !ended) {
            outputShut = true;
            driver.markDirty(this, nowNanos);
        }
    }

    @Override
    public void close(long nowNanos) {
        if (!ended && !closeRequested) {
            outputShut = true;
            closeRequested = true;
            driver.markDirty(this, nowNanos);
        }
    }

    @Override
    public void abort(long nowNanos) {
        if (!ended && !aborted) {
            aborted = true;
            outputShut = true;
            driver.abort(this, nowNanos);
        }
    }

    @Override
    public String toString() {
        return "HostConnection[id=" + id + ", " + localPort + "->" + remoteHost + ":" + remotePort + "]";
    }
}
