package org.offloadlab.dma;

/** CSV quoting after RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. */
public final class Csv {

    private Csv() {
    }

    /** {@code value} as one CSV field. */
    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
