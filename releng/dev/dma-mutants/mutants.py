# Planted bugs, one per invariant class, each in a path only the rarer mechanisms reach.
# (file under bundles/org.offloadlab.dma/src/org/offloadlab/dma, original text, mutated text)
MUTANTS = {
    "double-ownership (borrow on exhaustion)": ("Groups.java",
        """                acct.add(id, Counter.BORROWS, 1);
""",
        """                acct.add(id, Counter.BORROWS, 1);
                list.get(GroupSelector.DEFAULT_GROUP).giveBack(h); // BUG: the lender keeps it too
"""),
    "lost byte (partial buffer flushed by the timer)": ("ReceivePath.java",
        """            if (c.rxDeadline[conn] == at) {
                handOver(conn, now);""",
        """            if (c.rxDeadline[conn] == at) {
                int hb = c.rxBuffer[conn];
                if (hb != NONE && memory.fill(hb) - c.rxHandStart[conn] > 1) {
                    memory.fill(hb, memory.fill(hb) - 1); // BUG: the last byte of the partial run is dropped
                    c.rxPlaced[conn]--;
                }
                handOver(conn, now);"""),
    "out-of-order (zero-copy after a buffered fallback)": ("ReceivePath.java",
        """            handOverBuffered(conn, now); // buffered bytes placed earlier come first
""",
        """"""),
    "accounting imbalance (buffers draining from a retired group)": ("BufferGroup.java",
        """        pool.release(b);
        held--;""",
        """        pool.release(b);
        if (state != GroupState.RETIRING) {
            held--; // BUG: a retiring group's drained buffers stay counted
        }"""),
}
