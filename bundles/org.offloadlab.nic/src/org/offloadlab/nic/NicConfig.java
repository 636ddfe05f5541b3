package org.offloadlab.nic;

import org.offloadlab.tcp.TcpConfig;

/**
 * Everything that parameterises an emulated adapter. Immutable; build variants with {@link #toBuilder()}.
 *
 * @param capabilities
 *            what it offloads and its resource sizes
 * @param tcp
 *            the TCP engine parameters of offloaded connections
 * @param notification
 *            when established connections are reported to the host
 * @param coalescing
 *            interrupt moderation
 * @param bus
 *            the host bus model
 * @param synDefense
 *            how half-open connections are bounded
 * @param synQueueCapacity
 *            half-open connections the adapter holds at most (all listeners together)
 * @param tableFull
 *            what a new connection meets when the table is full
 * @param hostReceiveCredit
 *            receive-buffer bytes the host grants each new connection (the adapter delivers no more before the host
 *            returns credit)
 * @param cookieSecret
 *            key of the SYN-cookie hash
 */
public record NicConfig(NicCapabilities capabilities, TcpConfig tcp, NotificationPolicy notification,
        InterruptCoalescing coalescing, BusModel bus, SynDefense synDefense, int synQueueCapacity,
        TableFullPolicy tableFull, int hostReceiveCredit, long cookieSecret) {

    public NicConfig {
        if (capabilities == null || tcp == null || notification == null || coalescing == null || bus == null
                || synDefense == null || tableFull == null) {
            throw new IllegalArgumentException("adapter configuration incomplete");
        }
        if (synQueueCapacity <= 0 || hostReceiveCredit <= 0) {
            throw new IllegalArgumentException("synQueueCapacity and hostReceiveCredit must be positive: "
                    + synQueueCapacity + ", " + hostReceiveCredit);
        }
    }

    /**
     * A full TOE on PCIe 3.0 x8 with Linux TCP defaults, piecemeal notification, no interrupt moderation, a 1024-entry
     * SYN queue falling back to cookies (Linux's tcp_max_syn_backlog and tcp_syncookies=1), RST when the table is full,
     * 256 KiB host receive credit per connection.
     */
    public static NicConfig defaults() {
        return new NicConfig(NicCapabilities.fullOffload(), TcpConfig.linuxDefaults(),
                new NotificationPolicy.Piecemeal(),
                InterruptCoalescing.none(), BusModel.pcieGen3x8(), SynDefense.QUEUE_THEN_COOKIES, 1024,
                TableFullPolicy.RESET, 256 * 1024, 0x5eed_c00c1e5L);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private NicCapabilities capabilities;
        private TcpConfig tcp;
        private NotificationPolicy notification;
        private InterruptCoalescing coalescing;
        private BusModel bus;
        private SynDefense synDefense;
        private int synQueueCapacity;
        private TableFullPolicy tableFull;
        private int hostReceiveCredit;
        private long cookieSecret;

        private Builder(NicConfig c) {
            capabilities = c.capabilities;
            tcp = c.tcp;
            notification = c.notification;
            coalescing = c.coalescing;
            bus = c.bus;
            synDefense = c.synDefense;
            synQueueCapacity = c.synQueueCapacity;
            tableFull = c.tableFull;
            hostReceiveCredit = c.hostReceiveCredit;
            cookieSecret = c.cookieSecret;
        }

        public Builder capabilities(NicCapabilities v) {
            capabilities = v;
            return this;
        }

        public Builder tableCapacity(int v) {
            capabilities = capabilities.withTableCapacity(v);
            return this;
        }

        public Builder tcp(TcpConfig v) {
            tcp = v;
            return this;
        }

        public Builder notification(NotificationPolicy v) {
            notification = v;
            return this;
        }

        public Builder coalescing(InterruptCoalescing v) {
            coalescing = v;
            return this;
        }

        public Builder bus(BusModel v) {
            bus = v;
            return this;
        }

        public Builder synDefense(SynDefense v) {
            synDefense = v;
            return this;
        }

        public Builder synQueueCapacity(int v) {
            synQueueCapacity = v;
            return this;
        }

        public Builder tableFull(TableFullPolicy v) {
            tableFull = v;
            return this;
        }

        public Builder hostReceiveCredit(int v) {
            hostReceiveCredit = v;
            return this;
        }

        public Builder cookieSecret(long v) {
            cookieSecret = v;
            return this;
        }

        public NicConfig build() {
            return new NicConfig(capabilities, tcp, notification, coalescing, bus, synDefense, synQueueCapacity,
                    tableFull, hostReceiveCredit, cookieSecret);
        }
    }
}
