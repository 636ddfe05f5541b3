package org.offloadlab.dma;

import org.offloadlab.dma.internal.IntStack;

/**
 * A set of host buffers shared by the connections the rules assign to it. It keeps {@code reserve} empty buffers posted
 * to the adapter and never holds more than {@code quota}. What it holds is always known: {@link #held()} counts posted
 * and in-use buffers; {@link #pinnedBytes()} counts application memory pinned for its members (posted zero-copy receive
 * buffers, zero-copy sends).
 * <p>
 * Read-only to callers; the {@link DmaManager} changes it.
 */
public final class BufferGroup {

    private final int id;
    private final BufferPool pool;
    private GroupConfig config;
    private GroupState state = GroupState.ACTIVE;
    private final IntStack posted;
    private int held;
    private long pinnedBytes;
    private int members;
    private int memberHead = -1;

    BufferGroup(int id, GroupConfig config, BufferPool pool) {
        this.id = id;
        this.config = config;
        this.pool = pool;
        this.posted = new IntStack(Math.max(1, config.reserve()));
    }

    /** Takes a buffer for data (posted first, then the pool within the quota): a handle, or -1. */
    int take() {
        int h;
        if (!posted.isEmpty()) {
            h = posted.pop();
        } else {
            h = allocate();
            if (h < 0) {
                return -1;
            }
        }
        replenish();
        return h;
    }

    private int allocate() {
        if (state != GroupState.ACTIVE || held >= config.quota()) {
            return -1;
        }
        int b = pool.allocate(id);
        if (b < 0) {
            return -1;
        }
        held++;
        return HostMemory.handle(pool.index(), b);
    }

    /** Tops the posted reserve up, as far as quota and pool allow. */
    void replenish() {
        while (posted.size() < config.reserve()) {
            int h = allocate();
            if (h < 0) {
                return;
            }
            posted.push(h);
        }
    }

    /** A buffer of this group nobody references any more: back to the reserve, or to the pool. */
    void giveBack(int handle) {
        int b = HostMemory.indexOf(handle);
        if (state == GroupState.ACTIVE && posted.size() < config.reserve()) {
            pool.fill(b, 0);
            posted.push(handle);
            return;
        }
        pool.release(b);
        held--;
        if (state == GroupState.RETIRING && held == 0) {
            state = GroupState.RETIRED;
        }
    }

    /** New reserve and quota; surplus posted buffers go back to the pool, a larger reserve is filled at once. */
    void resize(int reserve, int quota) {
        config = config.resized(reserve, quota);
        while (posted.size() > reserve) {
            releasePosted();
        }
        replenish();
    }

    /** Stops allocating, returns the reserve; buffers still in use come back as they drain. */
    void retire() {
        state = GroupState.RETIRING;
        while (!posted.isEmpty()) {
            releasePosted();
        }
        if (held == 0) {
            state = GroupState.RETIRED;
        }
    }

    private void releasePosted() {
        pool.release(HostMemory.indexOf(posted.pop()));
        held--;
    }

    void setExpedited(boolean expedited) {
        config = config.withExpedited(expedited);
    }

    void addPinned(long bytes) {
        pinnedBytes += bytes;
    }

    /** Buffers this group could still hand out now: posted ones plus what quota and pool allow. */
    long obtainableBuffers() {
        long more = state == GroupState.ACTIVE ? Math.min(config.quota() - held, pool.free()) : 0;
        return posted.size() + Math.max(0, more);
    }

    /** Group id (0 is the default group). */
    public int id() {
        return id;
    }

    /** Current settings. */
    public GroupConfig config() {
        return config;
    }

    /** Life-cycle state. */
    public GroupState state() {
        return state;
    }

    /** Buffers held: posted to the adapter plus in use. */
    public int held() {
        return held;
    }

    /** Bytes of host buffer memory held. */
    public long bytesHeld() {
        return (long) held * pool.bufferSize();
    }

    /** Empty buffers posted to the adapter. */
    public int posted() {
        return posted.size();
    }

    /** Handle of posted buffer {@code i} (for invariant checks). */
    public int postedHandle(int i) {
        return posted.get(i);
    }

    /** Application memory pinned for this group's connections. */
    public long pinnedBytes() {
        return pinnedBytes;
    }

    /** The pool its buffers come from. */
    public BufferPool pool() {
        return pool;
    }

    /** Connections currently assigned. */
    public int memberCount() {
        return members;
    }

    int memberHead() {
        return memberHead;
    }

    void memberHead(int conn, int delta) {
        memberHead = conn;
        members += delta;
    }

    @Override
    public String toString() {
        return "group " + id + " '" + config.name() + "' " + state + " held " + held + "/" + config.quota();
    }
}
