package org.ziyuanku.domain.incentive;

/** The levels (等级) a points total reaches: each from its threshold on. */
public enum PointLevel {
    LV1(0), LV2(100), LV3(300), LV4(800), LV5(2000), LV6(5000);

    private final long threshold;

    PointLevel(long threshold) {
        this.threshold = threshold;
    }

    public long threshold() {
        return threshold;
    }

    /** The level of a total. */
    public static PointLevel of(long total) {
        PointLevel reached = LV1;
        for (PointLevel level : values()) {
            if (total >= level.threshold) {
                reached = level;
            }
        }
        return reached;
    }

    /** The next level, or null at the top. */
    public PointLevel next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    /** The level's number, 1 for {@code LV1}. */
    public int number() {
        return ordinal() + 1;
    }
}
