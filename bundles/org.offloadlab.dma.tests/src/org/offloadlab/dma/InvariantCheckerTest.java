package org.offloadlab.dma;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The invariant checker itself can fail: the properties in {@link InvariantPropertiesTest} rely on it. */
class InvariantCheckerTest {

    @Test
    void checkerDetectsAGapAndADuplicate() {
        DmaInvariantChecker checker = new DmaInvariantChecker(2);
        checker.delivered(0, 0, 10, false, 0);
        assertThrows(AssertionError.class, () -> checker.delivered(0, 20, 5, false, 0));
        assertThrows(AssertionError.class, () -> checker.delivered(0, 5, 5, false, 0));
    }

    @Test
    void checkerDetectsABrokenReferenceCount() {
        DmaInvariantChecker checker = new DmaInvariantChecker(1);
        DmaManager m = new DmaManager(DmaConfig.defaults().toBuilder().maxConnections(1).build(), checker);
        m.open(0, ConnectionAttributes.of(80, IpAddress.ipv4(1)), ConnectionOptions.DEFAULT, 0);
        m.receive(0, 100, RxFlags.NONE, 0);
        checker.check(m, 0);
        int h = m.connections().rxBuffer[0];
        m.memory().refs(h, 2); // corrupt: a second holder that does not exist
        assertThrows(AssertionError.class, () -> checker.check(m, 0));
    }
}
