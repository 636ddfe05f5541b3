package org.offloadlab.tcp.packetdrill;

import java.util.List;

/**
 * The verdict of one script.
 *
 * @param script
 *            script name (file name or caller-chosen)
 * @param status
 *            PASS, FAIL or UNSUPPORTED
 * @param line
 *            for FAIL: the script line of the failing expectation, else 0
 * @param expected
 *            for FAIL: what the script expected (packet or syscall result), else null
 * @param actual
 *            for FAIL: what the engine did, else null
 * @param unsupported
 *            every {@code unsupported: <construct>} met, with its line ("line 7: unsupported: python block %{ }%");
 *            these statements were skipped
 */
public record ScriptResult(String script, Status status, int line, String expected, String actual,
        List<String> unsupported) {

    /** The verdict. */
    public enum Status {
        /** Every supported statement behaved as the script says, and nothing was skipped. */
        PASS,
        /** An expectation failed; see line, expected, actual. */
        FAIL,
        /** Nothing failed, but unsupported constructs were skipped. */
        UNSUPPORTED
    }

    public ScriptResult {
        unsupported = List.copyOf(unsupported);
    }

    /** One-line summary, e.g. {@code FAIL foo.pkt:12 expected: > . 1:1(0) ack 1 actual: > R. 1:1(0) ack 1}. */
    public String summary() {
        return switch (status) {
            case PASS -> "PASS " + script;
            case FAIL -> "FAIL " + script + ":" + line + " expected: " + expected + " actual: " + actual;
            case UNSUPPORTED -> "UNSUPPORTED " + script + " " + unsupported;
        };
    }

    @Override
    public String toString() {
        return summary();
    }
}
