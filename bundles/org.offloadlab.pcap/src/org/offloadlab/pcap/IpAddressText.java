package org.offloadlab.pcap;

/**
 * Text forms of {@link IpAddress}: strict dotted-quad IPv4, and IPv6 as RFC 4291 §2.2 allows on input and RFC 5952
 * prescribes on output. The output is byte-for-byte what glibc's {@code inet_ntop} (and so Wireshark) prints, including
 * the dotted tail of IPv4-mapped and IPv4-compatible addresses (RFC 5952 §5).
 */
final class IpAddressText {

    private IpAddressText() {
    }

    static IpAddress parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty IP address");
        }
        if (text.indexOf(':') < 0) {
            return IpAddress.ipv4(parseIpv4(text, 0, text.length(), text));
        }
        return parseIpv6(text);
    }

    static String format(IpAddress address) {
        if (!address.v6()) {
            return formatIpv4((int) address.low());
        }
        int[] words = new int[8];
        for (int i = 0; i < 4; i++) {
            words[i] = (int) (address.high() >>> (48 - 16 * i)) & 0xFFFF;
            words[4 + i] = (int) (address.low() >>> (48 - 16 * i)) & 0xFFFF;
        }
        return formatIpv6(words, (int) address.low());
    }

    private static String formatIpv4(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
    }

    /** RFC 5952 §4.2: compress the first longest run of at least two zero words; §4.3: lowercase, no leading zeros. */
    private static String formatIpv6(int[] words, int lowIpv4) {
        int bestBase = -1;
        int bestLength = 0;
        for (int i = 0; i < 8;) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && words[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestBase = start;
                bestLength = i - start;
            }
        }
        if (bestLength < 2) {
            bestBase = -1;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLength) {
                if (i == bestBase) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            // RFC 5952 §5: ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) keep the dotted tail, as inet_ntop does.
            if (i == 6 && bestBase == 0 && (bestLength == 6 || bestLength == 5 && words[5] == 0xFFFF)) {
                sb.append(formatIpv4(lowIpv4));
                return sb.toString();
            }
            sb.append(Integer.toHexString(words[i]));
        }
        if (bestBase >= 0 && bestBase + bestLength == 8) {
            sb.append(':');
        }
        return sb.toString();
    }

    private static int parseIpv4(String s, int from, int to, String whole) {
        int address = 0;
        int part = 0;
        int pos = from;
        while (true) {
            int start = pos;
            int value = 0;
            while (pos < to && pos - start < 3 && isDigit(s.charAt(pos))) {
                value = value * 10 + s.charAt(pos) - '0';
                pos++;
            }
            if (pos == start || value > 255) {
                throw invalid(whole);
            }
            address = address << 8 | value;
            part++;
            if (part == 4) {
                if (pos != to) {
                    throw invalid(whole);
                }
                return address;
            }
            if (pos >= to || s.charAt(pos) != '.') {
                throw invalid(whole);
            }
            pos++;
        }
    }

    private static IpAddress parseIpv6(String s) {
        int[] words = new int[8];
        int count = 0;
        int gap = -1; // index in words where "::" stands
        int pos = 0;
        int end = s.length();
        if (s.startsWith("::")) {
            gap = 0;
            pos = 2;
        } else if (s.charAt(0) == ':') {
            throw invalid(s);
        }
        while (pos < end) {
            int start = pos;
            int value = 0;
            while (pos < end && pos - start < 4 && Character.digit(s.charAt(pos), 16) >= 0) {
                value = value << 4 | Character.digit(s.charAt(pos), 16);
                pos++;
            }
            if (pos < end && s.charAt(pos) == '.') {
                // RFC 4291 §2.2 form 3: the last 32 bits as a dotted quad
                if (count > 6) {
                    throw invalid(s);
                }
                int v4 = parseIpv4(s, start, end, s);
                words[count++] = v4 >>> 16;
                words[count++] = v4 & 0xFFFF;
                pos = end;
                break;
            }
            if (pos == start || count == 8) {
                throw invalid(s);
            }
            words[count++] = value;
            if (pos == end) {
                break;
            }
            if (s.charAt(pos) != ':') {
                throw invalid(s);
            }
            pos++;
            if (pos < end && s.charAt(pos) == ':') {
                if (gap >= 0) {
                    throw invalid(s);
                }
                gap = count;
                pos++;
            } else if (pos == end) {
                throw invalid(s); // a single trailing colon
            }
        }
        if (gap >= 0) {
            if (count == 8) {
                throw invalid(s);
            }
            int moved = count - gap;
            System.arraycopy(words, gap, words, 8 - moved, moved);
            for (int i = gap; i < 8 - moved; i++) {
                words[i] = 0;
            }
        } else if (count != 8) {
            throw invalid(s);
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 4; i++) {
            high = high << 16 | words[i];
            low = low << 16 | words[4 + i];
        }
        return IpAddress.ipv6(high, low);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("not an IPv4 or IPv6 address: \"" + text + "\"");
    }
}
