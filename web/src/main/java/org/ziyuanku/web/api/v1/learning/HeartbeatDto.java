package org.ziyuanku.web.api.v1.learning;

import org.ziyuanku.service.learning.HeartbeatView;

/**
 * What a beat earned: seconds credited now, the reason a rule refused it or a part of it (null when none), and the
 * item's covered and required seconds, percent and completion (-1 when no progress is kept: trial learning or refused).
 */
public record HeartbeatDto(long credited, String reason, int coveredSeconds, int requiredSeconds, int percent,
        boolean completed) {

    static HeartbeatDto of(HeartbeatView v) {
        return new HeartbeatDto(v.credited(), v.reason(), v.coveredSeconds(), v.requiredSeconds(), v.percent(),
                v.completed());
    }
}
