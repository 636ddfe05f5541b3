package org.offloadlab.tcp;

/** Where {@code dispatch} puts the segments that are due. */
@FunctionalInterface
public interface SegmentSink {
    void emit(Segment segment);
}
