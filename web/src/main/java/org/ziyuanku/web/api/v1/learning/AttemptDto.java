package org.ziyuanku.web.api.v1.learning;

import org.ziyuanku.service.learning.AttemptStartView;

/**
 * A started attempt: the player keeps {@code token} in memory only and sends it with every beat to
 * {@code heartbeatUrl}, every {@code beatSeconds}, starting at {@code resumeMs}.
 */
public record AttemptDto(long attemptId, String token, long resumeMs, long durationMs, int beatSeconds, String mode,
        int requiredSeconds, boolean trial, String heartbeatUrl, String endUrl) {

    static AttemptDto of(long offeringId, AttemptStartView v) {
        String base = "/api/v1/offerings/" + offeringId + "/attempts/" + v.attemptId();
        return new AttemptDto(v.attemptId(), v.token(), v.resumeMs(), v.durationMs(), v.beatSeconds(), v.mode(),
                v.requiredSeconds(), v.trial(), base + "/heartbeats", base + "/end");
    }
}
