package org.ziyuanku.web.api.v1.exam;

import org.ziyuanku.service.exam.PeerHandOutView;

/** What handing out an exam's peer grading did: the reviewers (submitters), the answers and the tasks. */
public record PeerHandOutDto(long examId, int reviewers, int answers, int tasks) {

    public static PeerHandOutDto of(PeerHandOutView v) {
        return new PeerHandOutDto(v.examId(), v.reviewers(), v.answers(), v.tasks());
    }
}
