package org.offloadlab.tcp;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A TCP option the parser does not interpret, kept so that {@code emit(parse(x))} preserves it (RFC 9293 §3.1: a TCP
 * implementation MUST ignore unknown options, but a workbench shows them).
 *
 * @param kind
 *            the option kind
 * @param data
 *            the option payload without kind and length octets (defensively copied)
 */
public record UnknownOption(int kind, byte[] data) {

    public UnknownOption {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Wire length: kind + length + data. */
    public int wireLength() {
        return 2 + data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownOption u && u.kind == kind && Arrays.equals(u.data, data);
    }

    @Override
    public int hashCode() {
        return kind * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "opt" + kind + "[" + HexFormat.of().formatHex(data) + "]";
    }
}
