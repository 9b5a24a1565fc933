package org.ziyuanku.domain.learning;

import java.util.ArrayList;
import java.util.List;

/**
 * The seconds of a clip a learner has covered, as merged half-open intervals of whole seconds, stored canonically as
 * {@code 0-120,300-360} (second 0 up to, not including, 120). Immutable; a merged set never holds overlapping or
 * touching intervals, so it stays a few intervals long however often a learner rewatches.
 */
public final class CoveredIntervals {

    private static final CoveredIntervals NONE = new CoveredIntervals(List.of());

    private final List<long[]> intervals;

    private CoveredIntervals(List<long[]> intervals) {
        this.intervals = intervals;
    }

    public static CoveredIntervals none() {
        return NONE;
    }

    /** Reads the canonical text; blank is none. @throws IllegalArgumentException for text not of that form */
    public static CoveredIntervals parse(String text) {
        CoveredIntervals result = NONE;
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("not an interval: " + part);
            }
            result = result.plus(Long.parseLong(ends[0]), Long.parseLong(ends[1]));
        }
        return result;
    }

    /** These intervals with {@code [from, to)} added and merged; an empty or inverted interval changes nothing. */
    public CoveredIntervals plus(long from, long to) {
        if (to <= from) {
            return this;
        }
        List<long[]> merged = new ArrayList<>();
        long start = from;
        long end = to;
        for (long[] interval : intervals) {
            if (interval[1] < start || interval[0] > end) {
                merged.add(interval);
            } else {
                start = Math.min(start, interval[0]);
                end = Math.max(end, interval[1]);
            }
        }
        merged.add(new long[] {start, end});
        merged.sort((a, b) -> Long.compare(a[0], b[0]));
        return new CoveredIntervals(List.copyOf(merged));
    }

    /** How many of the seconds in {@code [from, to)} are not covered yet. */
    public long uncoveredIn(long from, long to) {
        if (to <= from) {
            return 0;
        }
        long covered = 0;
        for (long[] interval : intervals) {
            covered += Math.max(0, Math.min(to, interval[1]) - Math.max(from, interval[0]));
        }
        return to - from - covered;
    }

    /** The number of seconds covered. */
    public long seconds() {
        return intervals.stream().mapToLong(i -> i[1] - i[0]).sum();
    }

    /** How many intervals are stored. */
    public int size() {
        return intervals.size();
    }

    /** The canonical text, e.g. {@code 0-120,300-360}; empty for none. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (long[] interval : intervals) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(interval[0]).append('-').append(interval[1]);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoveredIntervals that && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
