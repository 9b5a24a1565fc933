package org.ziyuanku.web.api.v1.teaching;

import org.ziyuanku.service.teaching.PeerAssignmentView;

/** Handing out peer reviews: submissions covered, reviews created by this call and in all. */
public record PeerAssignmentDto(long assignmentId, int submissions, int created, int total) {

    static PeerAssignmentDto of(PeerAssignmentView v) {
        return new PeerAssignmentDto(v.assignmentId(), v.submissions(), v.created(), v.total());
    }
}
