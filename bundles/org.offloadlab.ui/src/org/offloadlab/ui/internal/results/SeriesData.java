package org.offloadlab.ui.internal.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.offloadlab.model.DoubleArray;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.Results;
import org.offloadlab.model.Series;
import org.offloadlab.ui.internal.experiment.RunSnapshot;

/** Result series as chart input: {x = virtual ms, y} pairs keyed by series name. */
final class SeriesData {

    /** Most points charted per series (about a chart's width in pixels); longer series are thinned evenly. */
    static final int MAX_POINTS = 800;

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

    /** The live series whose kind passes {@code kind}. */
    static Map<String, double[][]> of(org.offloadlab.experiment.RunSnapshot live, Predicate<String> kind) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        if (live == null) {
            return out;
        }
        for (org.offloadlab.experiment.RunSnapshot.SeriesData s : live.series()) {
            if (kind.test(s.kind() == null ? "" : s.kind())) {
                String label = s.unit() == null || s.unit().isEmpty() ? s.name() : s.name() + " (" + s.unit() + ")";
                out.put(label, points(s.timesNanos(), s.values()));
            }
        }
        return out;
    }

    /** Results' series if there are results, else the live ones. */
    static Map<String, double[][]> of(RunSnapshot snapshot, Predicate<String> kind) {
        return snapshot.results() != null ? of(snapshot.results(), kind) : of(snapshot.live(), kind);
    }

    static String label(Series s) {
        return s.getUnit() == null || s.getUnit().isEmpty() ? s.getName() : s.getName() + " (" + s.getUnit() + ")";
    }

    static double[][] points(Series s) {
        return points(s.getTimesNanos(), s.getValues());
    }

    static double[][] points(LongArray times, DoubleArray values) {
        if (times == null || values == null) {
            return new double[0][];
        }
        int n = Math.min(times.length(), values.length());
        int stride = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
        double[][] p = new double[(n + stride - 1) / stride][];
        for (int i = 0, k = 0; i < n; i += stride, k++) {
            p[k] = new double[]{times.get(i) / 1e6, values.get(i)};
        }
        return p;
    }
}
