package org.offloadlab.ui.internal.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offloadlab.ui.internal.connections.Connections.connection;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offloadlab.analysis.ConnectionState;
import org.offloadlab.analysis.ConnectionSummary;

class ConnectionTableTest {

    private final ConnectionTable table = new ConnectionTable();

    @BeforeEach
    void threeConnections() {
        table.setInput(List.of(connection(0, "10.0.0.1:40000", "10.0.0.2:80", ConnectionState.CLOSED, 300, 0),
                connection(1, "10.0.0.1:40001", "10.0.0.9:443", ConnectionState.RESET, 100, 2),
                connection(2, "10.0.0.3:40002", "10.0.0.2:80", ConnectionState.REFUSED, 200, 0)));
    }

    private List<Integer> shown() {
        return Arrays.stream(table.rows()).map(ConnectionSummary::index).toList();
    }

    @Test
    void showsEveryConnectionInCaptureOrderAtFirst() {
        assertEquals(List.of(0, 1, 2), shown());
        assertEquals(3, table.total());
    }

    @Test
    void clickingAColumnSortsAndClickingAgainReverses() {
        table.sortBy(ConnectionColumn.BYTES_A_B);
        assertEquals(List.of(1, 2, 0), shown());
        table.sortBy(ConnectionColumn.BYTES_A_B);
        assertEquals(List.of(0, 2, 1), shown());
        table.sortBy(ConnectionColumn.STATE);
        assertEquals(List.of(0, 2, 1), shown(), "CLOSED < REFUSED < RESET in declaration order");
    }

    @Test
    void filterTermsMatchAddressesPortsAndStateAndAllMustMatch() {
        table.setFilter(ConnectionFilter.of(":80", FlagFilter.ALL));
        assertEquals(List.of(0, 2), shown());
        table.setFilter(ConnectionFilter.of("  10.0.0.2:80   refused ", FlagFilter.ALL));
        assertEquals(List.of(2), shown());
        table.setFilter(ConnectionFilter.of("reset", FlagFilter.ALL));
        assertEquals(List.of(1), shown());
        assertEquals(3, table.total());
    }

    @Test
    void flagFilterSelectsAnomalies() {
        table.setFilter(ConnectionFilter.of("", FlagFilter.RETRANSMISSIONS));
        assertEquals(List.of(1), shown());
        table.setFilter(ConnectionFilter.of("", FlagFilter.REFUSED));
        assertEquals(List.of(2), shown());
    }

    @Test
    void sortingKeepsTheFilter() {
        table.setFilter(ConnectionFilter.of(":80", FlagFilter.ALL));
        table.sortBy(ConnectionColumn.BYTES_A_B);
        assertEquals(List.of(2, 0), shown());
    }

    @Test
    void anomalyCountsLeaveZeroCellsEmpty() {
        assertEquals("", ConnectionColumn.RETRANSMISSIONS.text(table.rows()[0]));
        assertEquals("2", ConnectionColumn.RETRANSMISSIONS.text(table.rows()[1]));
        assertEquals("300", ConnectionColumn.BYTES_A_B.text(table.rows()[0]));
        assertEquals("0", ConnectionColumn.PAYLOAD_A_B.text(table.rows()[0]));
    }
}
