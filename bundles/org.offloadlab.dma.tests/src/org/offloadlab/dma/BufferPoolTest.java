package org.offloadlab.dma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BufferPoolTest {

    @Test
    void allocatesEveryBufferOnceThenRefuses() {
        BufferPool p = new BufferPool(0, new PoolSpec(2048, 100));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            int b = p.allocate(3);
            assertEquals(3, p.owner(b));
            assertEquals(true, seen.add(b), "buffer " + b + " handed out twice");
        }
        assertEquals(-1, p.allocate(3));
        assertEquals(0, p.free());
        assertEquals(100, p.inUse());
    }

    @Test
    void releaseReturnsToTheFreeListAndRejectsASecondRelease() {
        BufferPool p = new BufferPool(0, new PoolSpec(2048, 4));
        int b = p.allocate(0);
        p.release(b);
        assertEquals(BufferPool.FREE, p.owner(b));
        assertEquals(4, p.free());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.release(b));
        assertEquals("buffer " + b + " of pool 0 released but it is free", e.getMessage());
    }

    @Test
    void handlesCarryPoolAndIndex() {
        int h = HostMemory.handle(5, 1_234_567);
        assertEquals(5, HostMemory.poolOf(h));
        assertEquals(1_234_567, HostMemory.indexOf(h));
        HostMemory mem = new HostMemory(List.of(new PoolSpec(512, 2), new PoolSpec(65_536, 3)));
        assertEquals(65_536, mem.bufferSize(HostMemory.handle(1, 2)));
        assertEquals(512L * 2 + 65_536L * 3, mem.registeredBytes());
    }

    @Test
    void badSpecsAreRejectedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> new PoolSpec(100, 10));
        assertThrows(IllegalArgumentException.class, () -> new PoolSpec(4096, 0));
        assertThrows(IllegalArgumentException.class, () -> new HostMemory(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new HostMemory(List.of(new PoolSpec(4096, 1))).pool(1));
    }
}
