package org.offloadlab.dma;

import java.util.ArrayList;
import java.util.List;

/**
 * The buffer groups, the rule list that selects them and the membership lists (intrusive, through the connection
 * table), with the group life cycle: create, resize, retire while traffic runs.
 */
final class Groups {

    private final HostMemory memory;
    private final ConnectionTable conns;
    private final List<BufferGroup> list = new ArrayList<>();
    private final GroupSelector selector = new GroupSelector();

    private final Accounting acct;

    Groups(HostMemory memory, ConnectionTable conns, Accounting acct) {
        this.memory = memory;
        this.conns = conns;
        this.acct = acct;
    }

    int create(GroupConfig config) {
        if (config.pool() >= memory.poolCount()) {
            throw new IllegalArgumentException("group '" + config.name() + "' uses pool " + config.pool()
                    + " but host memory has " + memory.poolCount() + " pools");
        }
        BufferGroup g = new BufferGroup(list.size(), config, memory.pool(config.pool()));
        list.add(g);
        acct.addGroup(g.id());
        g.replenish();
        return g.id();
    }

    BufferGroup get(int id) {
        if (id < 0 || id >= list.size()) {
            throw new IllegalArgumentException("no buffer group " + id + " (" + list.size() + " exist)");
        }
        return list.get(id);
    }

    int count() {
        return list.size();
    }

    GroupSelector selector() {
        return selector;
    }

    void setRules(List<GroupRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            int g = rules.get(i).group();
            if (g >= list.size() || list.get(g).state() != GroupState.ACTIVE) {
                throw new IllegalArgumentException("rule " + i + " names group " + g + ", which is not active");
            }
        }
        selector.setRules(rules);
    }

    void retire(int id) {
        BufferGroup g = get(id);
        if (id == GroupSelector.DEFAULT_GROUP) {
            throw new IllegalArgumentException("the default group cannot be retired");
        }
        if (g.state() != GroupState.ACTIVE) {
            throw new IllegalStateException(g + " is already retired");
        }
        selector.removeRulesFor(id);
        // members continue in the default group; buffers they hold stay charged to this group until released
        while (g.memberHead() != ConnectionTable.NONE) {
            int c = g.memberHead();
            unlink(c);
            link(c, GroupSelector.DEFAULT_GROUP);
        }
        g.retire();
    }

    void link(int c, int id) {
        BufferGroup g = get(id);
        int head = g.memberHead();
        conns.group[c] = id;
        conns.memberPrev[c] = ConnectionTable.NONE;
        conns.memberNext[c] = head;
        if (head != ConnectionTable.NONE) {
            conns.memberPrev[head] = c;
        }
        g.memberHead(c, +1);
    }

    void unlink(int c) {
        BufferGroup g = list.get(conns.group[c]);
        int prev = conns.memberPrev[c];
        int next = conns.memberNext[c];
        if (prev != ConnectionTable.NONE) {
            conns.memberNext[prev] = next;
        }
        if (next != ConnectionTable.NONE) {
            conns.memberPrev[next] = prev;
        }
        g.memberHead(prev == ConnectionTable.NONE ? next : g.memberHead(), -1);
        conns.memberNext[c] = ConnectionTable.NONE;
        conns.memberPrev[c] = ConnectionTable.NONE;
    }

    int[] members(int id) {
        BufferGroup g = get(id);
        int[] out = new int[g.memberCount()];
        int i = 0;
        for (int c = g.memberHead(); c != ConnectionTable.NONE; c = conns.memberNext[c]) {
            out[i++] = c;
        }
        return out;
    }

    /**
     * A buffer for data of a connection in group {@code id} (refs 1, fill 0), borrowing from the default group if the
     * group's policy allows; -1 when none is available.
     */
    int acquire(int id) {
        BufferGroup g = list.get(id);
        int h = g.take();
        if (h < 0 && g.config().exhaustion() == ExhaustionPolicy.BORROW_DEFAULT
                && id != GroupSelector.DEFAULT_GROUP) {
            h = list.get(GroupSelector.DEFAULT_GROUP).take();
            if (h >= 0) {
                acct.add(id, Counter.BORROWS, 1);
            }
        }
        if (h >= 0) {
            memory.refs(h, 1);
            memory.fill(h, 0);
        }
        return h;
    }

    /** Buffers a connection of group {@code id} could still obtain, the default group's included when it borrows. */
    long obtainableBytes(int id) {
        BufferGroup g = list.get(id);
        long bytes = g.obtainableBuffers() * g.pool().bufferSize();
        if (g.config().exhaustion() == ExhaustionPolicy.BORROW_DEFAULT && id != GroupSelector.DEFAULT_GROUP) {
            BufferGroup d = list.get(GroupSelector.DEFAULT_GROUP);
            bytes += d.obtainableBuffers() * d.pool().bufferSize();
        }
        return bytes;
    }

    /** Drops one reference to a buffer; the last one returns it to its owning group. */
    void unref(int handle) {
        int r = memory.refs(handle) - 1;
        if (r < 0) {
            throw new IllegalStateException("buffer handle " + handle + " released more often than referenced");
        }
        memory.refs(handle, r);
        if (r == 0) {
            list.get(memory.owner(handle)).giveBack(handle);
        }
    }

    long totalBuffersHeld() {
        long n = 0;
        for (BufferGroup g : list) {
            n += g.held();
        }
        return n;
    }

    long totalBytesHeld() {
        long n = 0;
        for (BufferGroup g : list) {
            n += g.bytesHeld();
        }
        return n;
    }
}
