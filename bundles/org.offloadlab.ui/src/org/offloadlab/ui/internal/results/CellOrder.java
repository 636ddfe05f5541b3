package org.offloadlab.ui.internal.results;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a result table sorts a column by its cells' text: the columns show numbers with units ("1.250 ms", "80 MB"),
 * addresses ("10.0.0.1:80"), TCP states and names, so a plain string order would put "10" before "9". Cells that both
 * start with a number compare by its value; otherwise digit runs compare by value inside the text (natural order:
 * addresses and ids sort as people read them); empty and "—" (not measured) cells go last.
 */
final class CellOrder implements Comparator<String> {

    static final CellOrder INSTANCE = new CellOrder();

    private static final Pattern LEADING_NUMBER = Pattern.compile("^-?[0-9][0-9,]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private CellOrder() {
    }

    @Override
    public int compare(String a, String b) {
        boolean aMissing = missing(a);
        boolean bMissing = missing(b);
        if (aMissing || bMissing) {
            return Boolean.compare(aMissing, bMissing);
        }
        Matcher ma = LEADING_NUMBER.matcher(a);
        Matcher mb = LEADING_NUMBER.matcher(b);
        if (ma.find() && mb.find()) {
            int c = Double.compare(value(ma.group()), value(mb.group()));
            // equal values written differently ("10.1" of 10.1.0.0 and "10.10" of 10.10.0.0): read them as text
            return c != 0 ? c : natural(a, b);
        }
        return natural(a, b);
    }

    /** Whether a cell says "not measured" (empty or a dash). */
    static boolean missing(String s) {
        return s == null || s.isBlank() || s.equals("—") || s.equals("-");
    }

    private static double value(String number) {
        try {
            return Double.parseDouble(number.replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN; // unreachable for the pattern's matches; NaN sorts last
        }
    }

    /** Natural order: runs of digits compare by value (without overflow: by length, then digit by digit). */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int si = skipZeros(a, i);
                int sj = skipZeros(b, j);
                int ei = digitsEnd(a, si);
                int ej = digitsEnd(b, sj);
                if (ei - si != ej - sj) {
                    return Integer.compare(ei - si, ej - sj);
                }
                for (int k = 0; k < ei - si; k++) {
                    int c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                    if (c != 0) {
                        return c;
                    }
                }
                i = ei;
                j = ej;
            } else {
                int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipZeros(String s, int i) {
        while (i < s.length() - 1 && s.charAt(i) == '0' && isDigit(s.charAt(i + 1))) {
            i++;
        }
        return i;
    }

    private static int digitsEnd(String s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
