package org.offloadlab.analysis.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A minimal streaming JSON writer (RFC 8259): pretty-printed, two-space indent. Keeps the report bundle free of JSON
 * libraries; it writes only what {@link AnalysisReports} needs and checks nothing beyond comma placement.
 */
final class JsonWriter {

    private final Writer out;
    private int depth;
    /** Whether the current container already has an element, so the next one needs a comma. */
    private boolean hasElement;
    /** A member name was just written; its value follows on the same line. */
    private boolean afterName;

    JsonWriter(Writer out) {
        this.out = out;
    }

    JsonWriter beginObject() throws IOException {
        return open('{');
    }

    JsonWriter endObject() throws IOException {
        return close('}');
    }

    JsonWriter beginArray() throws IOException {
        return open('[');
    }

    JsonWriter endArray() throws IOException {
        return close(']');
    }

    JsonWriter name(String name) throws IOException {
        separate();
        string(name);
        out.write(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String text) throws IOException {
        if (text == null) {
            return nullValue();
        }
        separate();
        string(text);
        return this;
    }

    JsonWriter value(long number) throws IOException {
        return raw(Long.toString(number));
    }

    JsonWriter value(boolean b) throws IOException {
        return raw(Boolean.toString(b));
    }

    JsonWriter nullValue() throws IOException {
        return raw("null");
    }

    /** Writes a number already formatted as a JSON number (e.g. an exact decimal), or null. */
    JsonWriter number(String jsonNumber) throws IOException {
        return jsonNumber == null ? nullValue() : raw(jsonNumber);
    }

    void flush() throws IOException {
        out.flush();
    }

    private JsonWriter raw(String token) throws IOException {
        separate();
        out.write(token);
        return this;
    }

    private JsonWriter open(char bracket) throws IOException {
        separate();
        out.write(bracket);
        depth++;
        hasElement = false;
        return this;
    }

    private JsonWriter close(char bracket) throws IOException {
        depth--;
        if (hasElement) {
            newline();
        }
        out.write(bracket);
        hasElement = true;
        if (depth == 0) {
            out.write('\n');
        }
        return this;
    }

    /** Before a value or a name: the comma and line break it needs, unless it is the value of a member name. */
    private void separate() throws IOException {
        if (afterName) {
            afterName = false;
            return;
        }
        if (hasElement) {
            out.write(',');
        }
        if (depth > 0) {
            newline();
        }
        hasElement = true;
    }

    private void newline() throws IOException {
        out.write('\n');
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    /** A JSON string: quotes, backslashes and every control character escaped (RFC 8259 §7). */
    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    // U+2028/2029 are legal JSON but break JavaScript consumers that eval or embed the text.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
