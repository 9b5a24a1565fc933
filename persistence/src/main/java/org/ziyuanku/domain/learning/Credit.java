package org.ziyuanku.domain.learning;

/**
 * What a heartbeat earned: the reason it was refused or partly not credited (null when all is well), the covered
 * seconds afterwards and how many of them are new, the play accepted (for the cumulative rate check), visible time
 * added (documents), time spent, and the position to continue from; {@code refused} beats change nothing but the
 * sequence.
 */
public record Credit(AnomalyReason reason, String detail, boolean refused, CoveredIntervals covered,
        long newlySeconds, long playedMs, long visibleMs, long timeSpentMs, long positionMs) {

    static Credit refused(AnomalyReason reason, String detail, CoveredIntervals covered, long positionMs) {
        return new Credit(reason, detail, true, covered, 0, 0, 0, 0, positionMs);
    }
}
