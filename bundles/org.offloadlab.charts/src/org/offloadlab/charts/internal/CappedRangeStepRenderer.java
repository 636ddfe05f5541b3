package org.offloadlab.charts.internal;

import java.util.Objects;

import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * A step renderer for which one series counts towards the automatic range only where it is at or below a ceiling. The
 * series is still drawn everywhere, clipped by the plot area; the user can zoom out to see the rest. Used for a line
 * that is often far above the data (a receive window's right edge), which would otherwise squash the data into a thin
 * band at the bottom. Since the range stays automatic, "restore auto bounds" returns to the same view.
 */
public final class CappedRangeStepRenderer extends XYStepRenderer {

    private static final long serialVersionUID = 1L;

    private final int cappedSeries;
    private final double ceiling;

    /**
     * @param cappedSeries
     *            index of the series whose values above {@code ceiling} are left out of the automatic range
     * @param ceiling
     *            the highest value of that series that counts; NaN to count all of them
     */
    public CappedRangeStepRenderer(int cappedSeries, double ceiling) {
        this.cappedSeries = cappedSeries;
        this.ceiling = ceiling;
    }

    /** The range of the visible series' y values, those of the capped series above the ceiling left out. */
    @Override
    public Range findRangeBounds(XYDataset dataset) {
        if (dataset == null) {
            return null;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            if (!isSeriesVisible(s)) {
                continue;
            }
            boolean capped = s == cappedSeries && !Double.isNaN(ceiling);
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                double y = dataset.getYValue(s, i);
                if (Double.isNaN(y) || capped && y > ceiling) {
                    continue;
                }
                low = Math.min(low, y);
                high = Math.max(high, y);
            }
        }
        return low <= high ? new Range(low, high) : null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CappedRangeStepRenderer other && cappedSeries == other.cappedSeries
                && Double.compare(ceiling, other.ceiling) == 0 && super.equals(obj);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), cappedSeries, ceiling);
    }
}
