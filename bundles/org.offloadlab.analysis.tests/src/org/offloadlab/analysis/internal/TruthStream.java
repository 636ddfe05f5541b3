package org.offloadlab.analysis.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One row of a {@code NAME.streams.csv} ground-truth file: one tshark {@code tcp.stream}. */
record TruthStream(int stream, String client, String server, long firstNanos, long lastNanos,
        Map<String, String> columns) {

    /** Reads every row; the file has a header line and no quoted fields. */
    static List<TruthStream> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",", -1);
        List<TruthStream> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != header.length) {
                throw new IOException(csv + ": row has " + cells.length + " cells, header " + header.length);
            }
            Map<String, String> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                columns.put(header[i], cells[i]);
            }
            rows.add(new TruthStream(Integer.parseInt(columns.get("stream")), columns.get("client"),
                    columns.get("server"), epochNanos(columns.get("first_ts")), epochNanos(columns.get("last_ts")),
                    columns));
        }
        return rows;
    }

    /** tshark's epoch text ("1795494320.477642000") to ns, without going through a double. */
    static long epochNanos(String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return Long.parseLong(text) * 1_000_000_000L;
        }
        String fraction = (text.substring(dot + 1) + "000000000").substring(0, 9);
        return Long.parseLong(text.substring(0, dot)) * 1_000_000_000L + Long.parseLong(fraction);
    }

    long number(String column) {
        String value = columns.get(column);
        if (value == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return Long.parseLong(value);
    }
}
