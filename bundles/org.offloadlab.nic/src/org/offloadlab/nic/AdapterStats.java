package org.offloadlab.nic;

/** What the adapter did on the wire and with connections: packets, SYN handling, refusals. Totals since creation. */
public final class AdapterStats {

    long rxPackets;
    long rxDropped;
    long rxChecksumErrors;
    long txPackets;
    long txDropped;
    long synReceived;
    long synCookiesSent;
    long cookieAcksValid;
    long cookieAcksInvalid;
    long synDropped;
    long synEvicted;
    long tableFullRefused;
    long resetsSent;
    long passiveEstablished;
    long notifications;
    long completionOverflows;
    int peakEmbryonic;

    /** Packets that reached the adapter's port. */
    public long rxPackets() {
        return rxPackets;
    }

    /** Packets dropped because the adapter was hung, crashed or its link was down. */
    public long rxDropped() {
        return rxDropped;
    }

    /** Received segments failing the checksum (receive checksum offload drops them). */
    public long rxChecksumErrors() {
        return rxChecksumErrors;
    }

    public long txPackets() {
        return txPackets;
    }

    /** Segments not sent because the link was down. */
    public long txDropped() {
        return txDropped;
    }

    /** SYNs for listening ports. */
    public long synReceived() {
        return synReceived;
    }

    /** SYN-ACKs carrying a cookie instead of a SYN-queue entry. */
    public long synCookiesSent() {
        return synCookiesSent;
    }

    /** ACKs whose cookie checked out and became connections. */
    public long cookieAcksValid() {
        return cookieAcksValid;
    }

    /** ACKs for listening ports with a forged or expired cookie (answered with RST). */
    public long cookieAcksInvalid() {
        return cookieAcksInvalid;
    }

    /** SYNs dropped because the SYN queue was full (QUEUE_DROP). */
    public long synDropped() {
        return synDropped;
    }

    /** Half-open connections evicted for newer SYNs (QUEUE_EVICT). */
    public long synEvicted() {
        return synEvicted;
    }

    /** New connections refused because the table was full. */
    public long tableFullRefused() {
        return tableFullRefused;
    }

    /** RSTs sent for segments matching no connection (including refusals). */
    public long resetsSent() {
        return resetsSent;
    }

    /** Connections the adapter established for listening ports. */
    public long passiveEstablished() {
        return passiveEstablished;
    }

    /** ESTABLISHED notifications (completions) sent. */
    public long notifications() {
        return notifications;
    }

    /** Completions that waited because the completion ring was full. */
    public long completionOverflows() {
        return completionOverflows;
    }

    /** Most half-open connections held at once. */
    public int peakEmbryonic() {
        return peakEmbryonic;
    }
}
