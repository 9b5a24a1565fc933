package org.ziyuanku.web.api.v1.teaching;

import java.util.List;

/** A peer review: points per rubric criterion in rubric order, and a comment. */
public record PeerReviewBodyDto(List<Integer> scores, String comment) {
}
