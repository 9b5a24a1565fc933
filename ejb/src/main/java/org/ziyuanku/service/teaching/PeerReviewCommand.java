package org.ziyuanku.service.teaching;

import java.util.List;

/** A learner's peer review: points per rubric criterion, in rubric order, and a comment. */
public record PeerReviewCommand(List<Integer> scores, String comment) {
}
