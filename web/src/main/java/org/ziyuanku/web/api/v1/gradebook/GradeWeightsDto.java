package org.ziyuanku.web.api.v1.gradebook;

import org.ziyuanku.service.gradebook.GradeWeightsView;

/**
 * An offering's grade weights (percent, summing to 100), the posts worth full discussion marks, the version to send
 * back with a change, and whether these are the defaults (never set).
 */
public record GradeWeightsDto(long offeringId, int progress, int homework, int discussion, int exam,
        int discussionTarget, int version, boolean defaults) {

    static GradeWeightsDto of(GradeWeightsView v) {
        return new GradeWeightsDto(v.offeringId(), v.progress(), v.homework(), v.discussion(), v.exam(),
                v.discussionTarget(), v.version(), v.defaults());
    }
}
