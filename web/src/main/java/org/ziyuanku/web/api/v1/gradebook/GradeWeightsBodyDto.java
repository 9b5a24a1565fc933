package org.ziyuanku.web.api.v1.gradebook;

/**
 * The body of {@code PUT /api/v1/offerings/{id}/grade-weights}: four integer weights summing to 100, the posts worth
 * full discussion marks, and the version last read (optional; a stale one is refused with 409).
 */
public record GradeWeightsBodyDto(Integer progress, Integer homework, Integer discussion, Integer exam,
        Integer discussionTarget, Integer version) {
}
