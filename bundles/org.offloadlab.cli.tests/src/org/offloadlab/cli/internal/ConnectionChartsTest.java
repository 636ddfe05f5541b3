package org.offloadlab.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConnectionChartsTest {

    @Test
    void binsFollowA125Sequence() {
        assertEquals(100_000, ConnectionCharts.niceBin(0));
        assertEquals(100_000, ConnectionCharts.niceBin(99_999));
        assertEquals(200_000, ConnectionCharts.niceBin(100_001));
        assertEquals(500_000, ConnectionCharts.niceBin(300_000));
        assertEquals(1_000_000, ConnectionCharts.niceBin(900_000));
        assertEquals(20_000_000, ConnectionCharts.niceBin(12_000_000));
        assertEquals(5_000_000_000L, ConnectionCharts.niceBin(4_000_000_000L));
    }
}
