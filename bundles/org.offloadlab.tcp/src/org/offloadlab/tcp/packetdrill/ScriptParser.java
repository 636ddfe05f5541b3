package org.offloadlab.tcp.packetdrill;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offloadlab.tcp.TcpFlags;
import org.offloadlab.tcp.packetdrill.ScriptAst.OptionLine;
import org.offloadlab.tcp.packetdrill.ScriptAst.Options;
import org.offloadlab.tcp.packetdrill.ScriptAst.PacketLine;
import org.offloadlab.tcp.packetdrill.ScriptAst.Statement;
import org.offloadlab.tcp.packetdrill.ScriptAst.SyscallLine;
import org.offloadlab.tcp.packetdrill.ScriptAst.Time;
import org.offloadlab.tcp.packetdrill.ScriptAst.TimeKind;
import org.offloadlab.tcp.packetdrill.ScriptAst.Unsupported;

/**
 * Lexer and parser for the supported subset of packetdrill's script language (after packetdrill's {@code lexer.l} /
 * {@code parser.y}; reimplemented, not translated). Never throws on bad input: anything outside the subset becomes an
 * {@link Unsupported} statement with its line, so a script is always parsed to the end.
 * <p>
 * A first pass removes {@code //} and {@code /* *}{@code /} comments and cuts out Python blocks ({@code %{ }%}) and
 * shell commands (backticks), which may span lines, keeping line numbers; the rest is read one event per line, as
 * packetdrill scripts are written.
 */
public final class ScriptParser {

    private static final String NUM = "[+-]?(?:\\d+\\.?\\d*|\\.\\d+)";
    /** time [~ upper] [... end] then the event. */
    private static final Pattern TIME = Pattern
            .compile("^(\\*|" + NUM + ")(?:\\s*~\\s*(" + NUM + "))?(?:\\s*\\.\\.\\.\\s*(" + NUM + "))?\\s+(.*)$");
    private static final Pattern SEQ = Pattern.compile("^(\\d+):(\\d+)\\((\\d+)\\)");
    /** An IP ECN codepoint in front of the flags: {@code [ect0]}, {@code [noecn]}, {@code [ce]}, ... */
    private static final Pattern ECN = Pattern.compile("^\\[[a-z0-9]*\\]");
    private static final Pattern SYSCALL = Pattern.compile("^([a-z_][a-z0-9_]*)\\s*\\(");
    private static final Pattern RESULT = Pattern
            .compile("^=\\s*(-?(?:0x[0-9a-fA-F]+|\\d+))(?:\\s+([A-Z][A-Z0-9_]*))?\\s*(?:\\(.*\\))?\\s*$");

    private final List<Statement> statements = new ArrayList<>();

    private ScriptParser() {
    }

    /** Parses a whole script. */
    public static List<Statement> parse(String script) {
        ScriptParser p = new ScriptParser();
        String[] lines = p.stripComments(script).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            int first = i;
            // a statement whose brackets are still open continues on the next lines (e.g. a multi-line poll(...))
            while (depth(l) > 0 && i + 1 < lines.length && i - first < MAX_CONTINUATION_LINES) {
                l = l + " " + lines[++i].strip();
            }
            if (!l.isEmpty()) {
                try {
                    p.parseLine(first + 1, l);
                } catch (RuntimeException e) {
                    // never a crash on odd input (e.g. a number too large for its field)
                    p.statements.add(new Unsupported(first + 1, l, "unparsable statement: " + l));
                }
            }
        }
        p.statements.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return List.copyOf(p.statements);
    }

    /**
     * Blanks comments, Python blocks and shell commands (keeping newlines, so line numbers stay), recording the latter
     * two as unsupported.
     */
    private String stripComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i) || s.startsWith("%{", i) || c == '`') {
                String end = c == '/' ? "*/" : c == '%' ? "}%" : "`";
                int from = i;
                int stop = s.indexOf(end, i + (c == '`' ? 1 : 2));
                stop = stop < 0 ? s.length() : stop + end.length();
                if (c == '%') {
                    statements.add(new Unsupported(line, s.substring(from, stop), "python block %{ }%"));
                } else if (c == '`') {
                    statements.add(new Unsupported(line, s.substring(from, stop), "shell command `...`"));
                }
                for (int k = from; k < stop; k++) {
                    if (s.charAt(k) == '\n') {
                        out.append('\n');
                        line++;
                    }
                }
                // a placeholder keeps "+0 %{...}%" from being read as an event without a body
                out.append(' ');
                i = stop;
            } else {
                if (c == '\n') {
                    line++;
                }
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private void parseLine(int line, String text) {
        if (text.startsWith("--")) {
            String[] nv = text.substring(2).split("=", 2);
            statements.add(new OptionLine(line, text, nv[0].strip(), nv.length > 1 ? nv[1].strip() : null));
            return;
        }
        Matcher m = TIME.matcher(text + " ");
        if (!m.matches()) {
            if (!TIME_ONLY.matcher(text).matches()) {
                statements.add(new Unsupported(line, text, "statement without timestamp: " + text));
            }
            return;
        }
        Time time = time(m.group(1), m.group(2));
        String rest = m.group(4).strip();
        if (rest.isEmpty()) {
            return; // the time of a Python block or shell command, already reported
        }
        try {
            if (rest.startsWith("<") || rest.startsWith(">")) {
                statements.add(packet(line, text, time, rest));
                return;
            }
            Matcher sc = SYSCALL.matcher(rest);
            if (sc.find()) {
                statements.add(syscall(line, text, time, sc.group(1), rest.substring(sc.end())));
                return;
            }
            statements.add(new Unsupported(line, text, "statement: " + rest));
        } catch (UnsupportedSyntax e) {
            statements.add(new Unsupported(line, text, e.getMessage()));
        }
    }

    /** Longest statement continued over lines because of open brackets. */
    private static final int MAX_CONTINUATION_LINES = 50;
    /** Largest payload length a packet line or system call may name (larger ones are unsupported, not allocated). */
    static final int MAX_LENGTH = 1 << 26;

    /** Open (positive) minus closed brackets of a statement. */
    private static int depth(String l) {
        int d = 0;
        for (int k = 0; k < l.length(); k++) {
            char c = l.charAt(k);
            if (c == '(' || c == '[' || c == '{') {
                d++;
            } else if (c == ')' || c == ']' || c == '}') {
                d--;
            }
        }
        return d;
    }

    private static final Pattern TIME_ONLY = Pattern.compile("^(\\*|" + NUM + ")$");

    private static Time time(String t, String upper) {
        if (t.equals("*")) {
            return new Time(TimeKind.ANY, 0, -1);
        }
        TimeKind kind = t.startsWith("+") ? TimeKind.RELATIVE : TimeKind.ABSOLUTE;
        return new Time(kind, micros(t), upper == null ? -1 : micros(upper));
    }

    private static long micros(String t) {
        return Math.round(Double.parseDouble(t.startsWith("+") ? t.substring(1) : t) * 1_000_000.0);
    }

    /** Thrown inside the parser for a construct outside the subset. */
    private static final class UnsupportedSyntax extends Exception {
        private static final long serialVersionUID = 1L;

        UnsupportedSyntax(String construct) {
            super(construct);
        }
    }

    private static PacketLine packet(int line, String text, Time time, String rest) throws UnsupportedSyntax {
        boolean inbound = rest.charAt(0) == '<';
        String packet = rest.substring(1).strip();
        Matcher ecn = ECN.matcher(packet);
        if (ecn.find()) {
            throw new UnsupportedSyntax("IP ECN codepoint " + ecn.group());
        }
        String[] head = packet.split("\\s+", 2);
        String flagText = head[0];
        if (head.length < 2) {
            throw new UnsupportedSyntax("packet without sequence range: " + rest);
        }
        int flags = 0;
        for (char f : flagText.toCharArray()) {
            flags |= switch (f) {
                case 'F' -> TcpFlags.FIN;
                case 'S' -> TcpFlags.SYN;
                case 'R' -> TcpFlags.RST;
                case 'P' -> TcpFlags.PSH;
                case '.' -> TcpFlags.ACK;
                case 'U' -> TcpFlags.URG;
                case 'E' -> TcpFlags.ECE;
                case 'W' -> TcpFlags.CWR;
                default -> throw new UnsupportedSyntax("packet type or TCP flags '" + flagText + "'");
            };
        }
        String s = head[1].strip();
        Matcher seq = SEQ.matcher(s);
        if (!seq.find()) {
            throw new UnsupportedSyntax("packet syntax: " + s);
        }
        long start = number(seq.group(1));
        long end = number(seq.group(2));
        long len = number(seq.group(3));
        if (end - start != len || len > MAX_LENGTH) {
            throw new UnsupportedSyntax("inconsistent sequence range " + seq.group());
        }
        s = s.substring(seq.end()).strip();
        Long ack = null;
        Integer win = null;
        Options options = null;
        boolean ignore = false;
        while (!s.isEmpty()) {
            if (s.startsWith("ack ")) {
                String[] p = s.substring(4).strip().split("\\s+", 2);
                ack = number(p[0]);
                s = p.length > 1 ? p[1].strip() : "";
            } else if (s.startsWith("win ")) {
                String[] p = s.substring(4).strip().split("\\s+", 2);
                win = (int) number(p[0]);
                s = p.length > 1 ? p[1].strip() : "";
            } else if (s.startsWith("<")) {
                int close = s.lastIndexOf('>');
                if (close < 0) {
                    throw new UnsupportedSyntax("unterminated option list");
                }
                String body = s.substring(1, close).strip();
                if (body.equals("...")) {
                    ignore = true;
                } else {
                    options = options(body);
                }
                s = s.substring(close + 1).strip();
            } else if (s.startsWith("{")) {
                throw new UnsupportedSyntax("packet header edit " + s);
            } else {
                throw new UnsupportedSyntax("packet field '" + s.split("\\s+")[0] + "'");
            }
        }
        return new PacketLine(line, text, time, inbound, flags, start, (int) len, ack, win, options, ignore);
    }

    private static long number(String t) throws UnsupportedSyntax {
        try {
            return t.startsWith("0x") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new UnsupportedSyntax("expression '" + t + "'");
        }
    }

    private static Options options(String body) throws UnsupportedSyntax {
        int mss = -1;
        int wscale = -1;
        boolean sackOk = false;
        boolean ts = false;
        long val = 0;
        long ecr = 0;
        List<long[]> sack = new ArrayList<>();
        for (String item : body.split(",")) {
            String[] w = item.strip().split("\\s+");
            switch (w[0]) {
                case "nop", "eol" -> {
                    // padding: the engine emits Linux's layout, so only the meaning of the options is compared
                }
                case "mss" -> mss = (int) number(arg(w, 1));
                case "wscale" -> wscale = (int) number(arg(w, 1));
                case "sackOK" -> sackOk = true;
                case "TS" -> {
                    if (w.length != 5 || !w[1].equals("val") || !w[3].equals("ecr")) {
                        throw new UnsupportedSyntax("option '" + item.strip() + "'");
                    }
                    ts = true;
                    val = number(w[2]);
                    ecr = number(w[4]);
                }
                case "sack" -> {
                    for (int i = 1; i < w.length; i++) {
                        String[] lr = w[i].split(":");
                        if (lr.length != 2) {
                            throw new UnsupportedSyntax("option '" + item.strip() + "'");
                        }
                        sack.add(new long[]{number(lr[0]), number(lr[1])});
                    }
                }
                default -> throw new UnsupportedSyntax("option '" + item.strip() + "'");
            }
        }
        return new Options(mss, wscale, sackOk, ts, val, ecr, sack);
    }

    private static String arg(String[] w, int i) throws UnsupportedSyntax {
        if (w.length <= i) {
            throw new UnsupportedSyntax("option '" + String.join(" ", w) + "'");
        }
        return w[i];
    }

    private static SyscallLine syscall(int line, String text, Time time, String name, String rest)
            throws UnsupportedSyntax {
        int depth = 1;
        int i = 0;
        List<String> args = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (; i < rest.length() && depth > 0; i++) {
            char c = rest.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            if (depth == 0) {
                break;
            }
            if (c == ',' && depth == 1) {
                args.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (depth != 0) {
            throw new UnsupportedSyntax("unbalanced system call arguments");
        }
        if (!cur.isEmpty() || !args.isEmpty()) {
            args.add(cur.toString().strip());
        }
        Matcher r = RESULT.matcher(rest.substring(i + 1).strip());
        if (!r.matches()) {
            throw new UnsupportedSyntax("system call result '" + rest.substring(i + 1).strip() + "'");
        }
        String v = r.group(1);
        boolean neg = v.startsWith("-");
        long result = number(neg ? v.substring(1) : v);
        return new SyscallLine(line, text, time, name, List.copyOf(args), neg ? -result : result, r.group(2));
    }
}
