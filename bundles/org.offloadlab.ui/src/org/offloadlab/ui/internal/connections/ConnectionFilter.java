package org.offloadlab.ui.internal.connections;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.offloadlab.analysis.ConnectionSummary;

/**
 * The Connections view's filter: every whitespace-separated term must occur (ignoring case) in an endpoint
 * ({@code 10.0.0.1:80}, {@code [2001:db8::1]:443}) or the state name, and the connection must pass the flag filter.
 */
record ConnectionFilter(List<String> terms, FlagFilter flags) implements Predicate<ConnectionSummary> {

    static final ConnectionFilter NONE = new ConnectionFilter(List.of(), FlagFilter.ALL);

    static ConnectionFilter of(String text, FlagFilter flags) {
        List<String> terms = List.of(text.trim().toLowerCase(Locale.ROOT).split("\\s+")).stream()
                .filter(t -> !t.isEmpty()).toList();
        return new ConnectionFilter(terms, flags);
    }

    @Override
    public boolean test(ConnectionSummary c) {
        if (!flags.test(c)) {
            return false;
        }
        if (terms.isEmpty()) {
            return true;
        }
        String haystack = (c.a() + " " + c.b() + " " + c.state().name()).toLowerCase(Locale.ROOT);
        for (String term : terms) {
            if (!haystack.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
