package org.offloadlab.nic;

/** What an event/completion-queue entry reports. Each names the fields of {@link Completion} it uses. */
public enum CompletionType {
    /** LISTEN/UNLISTEN done; {@code value} = port, {@code status} 0 or an error. */
    COMMAND_DONE,
    /** Connections the adapter established for listening ports: {@code entries} (one or many — the policy decides). */
    ESTABLISHED,
    /** An active open completed: {@code entries} has one record, {@code value} = the host's reference. */
    CONNECTED,
    /** An active open failed: {@code value} = reference, {@code status} = reason (REFUSED/TIMED_OUT/TABLE_FULL). */
    CONNECT_FAILED,
    /** In-order data delivered into host memory: {@code data}; {@code value} = the adapter's RCV.NXT after it. */
    RX_DATA,
    /** End of the peer's stream: every byte before the FIN was delivered. */
    RX_FIN,
    /** SND.UNA advanced to {@code value}; {@code value2} = SND.WND. The host may free acknowledged send data. */
    TX_ACKED,
    /** The connection is gone for the host; {@code status} = reason. */
    CLOSED,
    /** A RESTORE took effect: {@code tid} is the new id, {@code value} = reference. */
    RESTORED,
    /** A command was rejected: {@code value} = command ordinal, {@code status} = reason. */
    COMMAND_ERROR,
    /** Answer to HEARTBEAT: {@code value} echoes its sequence number. */
    HEARTBEAT
}
