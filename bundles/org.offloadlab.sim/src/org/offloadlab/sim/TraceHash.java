package org.offloadlab.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A {@link TraceSink} that keeps only a SHA-256 digest of the trace, so two runs can be compared for identity without
 * storing either. Canonical encoding of a record, big-endian: time (8 octets), source and kind each as a 2-octet UTF-8
 * length then the octets, {@code a} (8), {@code b} (8). Records are buffered and fed to the digest in blocks.
 */
public final class TraceHash implements TraceSink {

    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocate(8192);
    /** Sources and kinds are a few constant strings: encode each once. */
    private final Map<String, byte[]> encoded = new IdentityHashMap<>();
    private long records;
    private byte[] result;

    public TraceHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java platform must provide SHA-256", e);
        }
    }

    @Override
    public void record(long timeNanos, String source, String kind, long a, long b) {
        if (result != null) {
            throw new IllegalStateException("trace hash already finished; create a new TraceHash per run");
        }
        byte[] s = bytes(source);
        byte[] k = bytes(kind);
        if (buffer.remaining() < 28 + s.length + k.length) {
            flush();
        }
        if (buffer.remaining() < 28 + s.length + k.length) {
            // larger than the buffer: hash directly
            digest.update(ByteBuffer.allocate(28 + s.length + k.length).putLong(timeNanos).putShort((short) s.length)
                    .put(s).putShort((short) k.length).put(k).putLong(a).putLong(b).flip());
        } else {
            buffer.putLong(timeNanos).putShort((short) s.length).put(s).putShort((short) k.length).put(k).putLong(a)
                    .putLong(b);
        }
        records++;
    }

    private byte[] bytes(String s) {
        byte[] b = encoded.get(s);
        if (b == null) {
            b = s.getBytes(StandardCharsets.UTF_8);
            if (b.length > 0xffff) {
                throw new IllegalArgumentException("trace source/kind longer than 65535 octets: " + s.substring(0, 40));
            }
            if (encoded.size() < 4096) {
                encoded.put(s, b);
            }
        }
        return b;
    }

    private void flush() {
        buffer.flip();
        digest.update(buffer);
        buffer.clear();
    }

    /** Records hashed so far. */
    public long records() {
        return records;
    }

    /** The digest of everything recorded; recording afterwards is an error. */
    public byte[] digest() {
        if (result == null) {
            flush();
            result = digest.digest();
        }
        return result.clone();
    }

    /** The digest as lowercase hex. */
    public String hex() {
        return HexFormat.of().formatHex(digest());
    }

    @Override
    public String toString() {
        return records + " records, sha256 " + hex();
    }
}
