package org.offloadlab.ui.internal.results;

import org.offloadlab.experiment.RunSnapshot.ConnectionRow;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.OffloadFactory;

/**
 * A live connection row as the model's connection record, so the Connections view renders live and final rows with the
 * same columns and Properties shows both. At most a few hundred per refresh (the runner bounds the rows).
 */
final class LiveRows {

    private LiveRows() {
    }

    static ConnectionRecord record(ConnectionRow row) {
        ConnectionRecord r = OffloadFactory.eINSTANCE.createConnectionRecord();
        r.setId(row.id());
        r.setLocalAddress(row.localAddress());
        r.setLocalPort(row.localPort());
        r.setRemoteAddress(row.remoteAddress());
        r.setRemotePort(row.remotePort());
        r.setAdapter(row.adapter());
        r.setBufferGroup(row.bufferGroup());
        r.setTcpState(row.state());
        r.setSndUna(row.sndUna());
        r.setSndNxt(row.sndNxt());
        r.setRcvNxt(row.rcvNxt());
        r.setSndWnd(row.sndWnd());
        r.setRcvWnd(row.rcvWnd());
        r.setMss(row.mss());
        r.setCwnd(row.cwnd());
        r.setSsthresh(row.ssthresh());
        r.setSrttNanos(row.srttNanos());
        r.setRtoNanos(row.rtoNanos());
        r.setBytesIn(row.bytesIn());
        r.setBytesOut(row.bytesOut());
        return r;
    }
}
