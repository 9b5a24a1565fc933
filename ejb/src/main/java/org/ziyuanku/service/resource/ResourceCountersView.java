package org.ziyuanku.service.resource;

import java.io.Serializable;

/** A resource's exact totals: views, plays, downloads, uses in courses, and its ratings. */
public record ResourceCountersView(long views, long plays, long downloads, long courseUses, long ratingCount,
        long ratingSum) implements Serializable {

    public static final ResourceCountersView NONE = new ResourceCountersView(0, 0, 0, 0, 0, 0);

    /** The average rating, 0 when nobody has rated. */
    public double ratingAverage() {
        return ratingCount == 0 ? 0 : (double) ratingSum / ratingCount;
    }
}
