package org.offloadlab.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Karn's rule (RFC 6298 §3): no sample from data sent more than once. */
class RttSamplerTest {

    private final RttSampler sampler = new RttSampler();

    @Test
    void theAckThatFirstCoversASegmentGivesOneSample() {
        sampler.sent(1000, 1100, 10);
        sampler.sent(1100, 1200, 20);
        assertEquals(90, sampler.acknowledged(1100, 100));
        assertEquals(-1, sampler.acknowledged(1100, 150), "already sampled");
        assertEquals(130, sampler.acknowledged(1200, 150));
    }

    @Test
    void aCumulativeAckSamplesTheNewestSegmentItCovers() {
        sampler.sent(0, 100, 10);
        sampler.sent(100, 200, 20);
        sampler.sent(200, 300, 30);
        assertEquals(70, sampler.acknowledged(300, 100));
    }

    @Test
    void aPartialAckSamplesNothing() {
        sampler.sent(0, 100, 10);
        assertEquals(-1, sampler.acknowledged(50, 100));
        assertEquals(110, sampler.acknowledged(100, 120));
    }

    @Test
    void retransmittedDataGivesNoSample() {
        sampler.sent(0, 100, 10);
        sampler.sent(100, 200, 20);
        sampler.sent(0, 100, 300);
        assertEquals(-1, sampler.acknowledged(200, 400), "the ACK covers a retransmitted segment");
        sampler.sent(200, 300, 500);
        assertEquals(50, sampler.acknowledged(300, 550));
    }

    @Test
    void worksAcrossTheWrap() {
        sampler.sent(0xFFFF_FFC0L, 0x40, 10);
        assertEquals(5, sampler.acknowledged(0x40, 15));
    }

    @Test
    void manyOutstandingSegmentsGrowTheRing() {
        for (int i = 0; i < 10_000; i++) {
            sampler.sent(i * 10L, i * 10L + 10, i);
        }
        assertEquals(1, sampler.acknowledged(10, 1), "the first segment is still timed");
        assertEquals(10_000 - 4095, sampler.acknowledged(100_000, 10_000), "beyond the bound, segments are not timed");
    }
}
