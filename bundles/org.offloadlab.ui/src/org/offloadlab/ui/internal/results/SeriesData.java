package org.offloadlab.ui.internal.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.offloadlab.model.Results;
import org.offloadlab.model.Series;

/** Result series as chart input: {x = virtual ms, y} pairs keyed by series name. */
final class SeriesData {

    /** Most points charted per series; longer series are thinned evenly (the chart cannot show more anyway). */
    static final int MAX_POINTS = 2000;

    private SeriesData() {
    }

    /** The series of {@code results} whose kind passes {@code kind}, in result order. */
    static Map<String, double[][]> of(Results results, Predicate<String> kind) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        if (results == null) {
            return out;
        }
        for (Series s : results.getSeries()) {
            if (kind.test(s.getKind() == null ? "" : s.getKind())) {
                out.put(label(s), points(s));
            }
        }
        return out;
    }

    static String label(Series s) {
        return s.getUnit() == null || s.getUnit().isEmpty() ? s.getName() : s.getName() + " (" + s.getUnit() + ")";
    }

    static double[][] points(Series s) {
        if (s.getTimesNanos() == null || s.getValues() == null) {
            return new double[0][];
        }
        int n = Math.min(s.getTimesNanos().length(), s.getValues().length());
        int stride = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
        double[][] p = new double[(n + stride - 1) / stride][];
        for (int i = 0, k = 0; i < n; i += stride, k++) {
            p[k] = new double[]{s.getTimesNanos().get(i) / 1e6, s.getValues().get(i)};
        }
        return p;
    }
}
