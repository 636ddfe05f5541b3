package org.offloadlab.tcp;

/** A TCP header that cannot be read; carries the {@link Malformation} and the octet offset where it was found. */
public final class MalformedSegmentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Malformation reason;

    public MalformedSegmentException(Malformation reason, int offset) {
        super(reason + " at TCP header offset " + offset);
        this.reason = reason;
    }

    public Malformation reason() {
        return reason;
    }
}
