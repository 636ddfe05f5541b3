package org.offloadlab.sim;

/**
 * The event queue as one {@link EventHeap}: O(log n) for every operation. Fast while the heap fits the caches (up to
 * ~100k pending events); beyond that every level of a sift is a cache miss. Kept as the reference structure.
 */
final class HeapQueue extends EventQueue {

    private final EventHeap heap = new EventHeap(Scheduled.HEAP);

    @Override
    void add(Scheduled s) {
        heap.add(s);
    }

    @Override
    void remove(Scheduled s) {
        heap.removeAt(s.index);
    }

    @Override
    Scheduled pollUntil(long endNanos) {
        if (heap.size() == 0 || heap.minTime() > endNanos) {
            return null;
        }
        return heap.poll();
    }

    @Override
    int size() {
        return heap.size();
    }
}
