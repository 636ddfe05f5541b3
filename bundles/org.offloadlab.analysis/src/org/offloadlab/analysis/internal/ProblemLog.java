package org.offloadlab.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.offloadlab.analysis.CaptureProblem;

/** Problems in file order, at most {@value #MAX_KEPT} kept; the rest are only counted. */
final class ProblemLog {

    static final int MAX_KEPT = 1000;

    private final List<CaptureProblem> kept = new ArrayList<>();
    private long dropped;

    void add(CaptureProblem problem) {
        if (kept.size() < MAX_KEPT) {
            kept.add(problem);
        } else {
            dropped++;
        }
    }

    /** A fatal problem is always kept, even when the list is full, so callers can see why reading stopped. */
    void addFatal(CaptureProblem problem) {
        if (kept.size() == MAX_KEPT) {
            kept.remove(MAX_KEPT - 1);
            dropped++;
        }
        kept.add(problem);
    }

    List<CaptureProblem> problems() {
        return List.copyOf(kept);
    }

    long dropped() {
        return dropped;
    }
}
