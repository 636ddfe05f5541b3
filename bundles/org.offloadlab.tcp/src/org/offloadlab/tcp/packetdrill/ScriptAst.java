package org.offloadlab.tcp.packetdrill;

import java.util.List;

/**
 * The parsed form of a packetdrill script: one {@link Statement} per event, each with its 1-based script line. Sequence
 * numbers, acknowledgment numbers, SACK blocks and timestamps are kept exactly as written (relative to the initial
 * sequence numbers, as packetdrill writes them); {@link PacketdrillRunner} maps them to the engine's values.
 */
public final class ScriptAst {

    private ScriptAst() {
    }

    /** How an event's time is written (packetdrill: {@code 0.100} absolute, {@code +0.1} relative, {@code *} any). */
    public enum TimeKind {
        ABSOLUTE, RELATIVE, ANY
    }

    /**
     * An event time.
     *
     * @param kind
     *            absolute, relative to the previous event, or any time
     * @param micros
     *            the time (or offset) in microseconds
     * @param rangeEndMicros
     *            for {@code a~b}: the upper end of an allowed range (same kind as {@code micros}), else -1
     */
    public record Time(TimeKind kind, long micros, long rangeEndMicros) {
    }

    /** One script event. */
    public sealed interface Statement permits PacketLine, SyscallLine, OptionLine, Unsupported {
        /** 1-based script line. */
        int line();

        /** The source text of the event (for reports). */
        String text();
    }

    /**
     * Options of a packet line. Numeric fields are -1 when absent. Sequence values in {@code sack} are script-relative.
     *
     * @param mss
     *            MSS or -1
     * @param wscale
     *            window-scale shift or -1
     * @param sackOk
     *            SACK-permitted
     * @param timestamps
     *            whether {@code TS val v ecr e} is present
     * @param tsVal
     *            TSval as written
     * @param tsEcr
     *            TSecr as written
     * @param sack
     *            SACK blocks as (left, right) pairs, script-relative
     */
    public record Options(int mss, int wscale, boolean sackOk, boolean timestamps, long tsVal, long tsEcr,
            List<long[]> sack) {
    }

    /**
     * A packet line: {@code < S 0:0(0) win 32792 <mss 1000>} (inject) or {@code > S. 0:0(0) ack 1 <...>} (expect).
     *
     * @param line
     *            script line
     * @param text
     *            source text
     * @param time
     *            event time
     * @param inbound
     *            {@code <}: injected by the remote peer; {@code >}: expected from the engine
     * @param flags
     *            {@link org.offloadlab.tcp.TcpFlags} bits
     * @param seqStart
     *            start of the sequence range, script-relative
     * @param length
     *            payload length
     * @param ack
     *            acknowledgment number as written, or null when absent
     * @param window
     *            the raw window field, or null when absent
     * @param options
     *            options; null when none are written (no options expected / sent)
     * @param ignoreOptions
     *            {@code <...>}: options not checked
     */
    public record PacketLine(int line, String text, Time time, boolean inbound, int flags, long seqStart, int length,
            Long ack, Integer window, Options options, boolean ignoreOptions) implements Statement {
    }

    /**
     * A system call: {@code +0 write(4, ..., 1000) = 1000} or {@code connect(3, ..., ...) = -1 EINPROGRESS}.
     *
     * @param line
     *            script line
     * @param text
     *            source text
     * @param time
     *            event time
     * @param name
     *            the call's name
     * @param args
     *            arguments as written (top-level comma split, trimmed)
     * @param result
     *            expected return value
     * @param errno
     *            expected errno name, or null
     */
    public record SyscallLine(int line, String text, Time time, String name, List<String> args, long result,
            String errno) implements Statement {
    }

    /**
     * A command-line option written in the script ({@code --tolerance_usecs=10000}), as packetdrill allows.
     *
     * @param line
     *            script line
     * @param text
     *            source text
     * @param name
     *            option name without the dashes
     * @param value
     *            the value after {@code =}, or null
     */
    public record OptionLine(int line, String text, String name, String value) implements Statement {
    }

    /**
     * A construct outside the supported subset; reported as {@code unsupported: <construct>} and skipped.
     *
     * @param line
     *            script line
     * @param text
     *            source text
     * @param construct
     *            what is unsupported
     */
    public record Unsupported(int line, String text, String construct) implements Statement {
    }
}
