package org.ziyuanku.web.api.v1.teaching;

import org.ziyuanku.service.teaching.AssignmentCommand;

/** A criterion of a peer rubric: what is judged, and the most points it gives. */
public record CriterionDto(String title, Integer maxPoints) {

    static CriterionDto of(AssignmentCommand.Criterion c) {
        return new CriterionDto(c.title(), c.maxPoints());
    }

    AssignmentCommand.Criterion command() {
        return new AssignmentCommand.Criterion(title, maxPoints);
    }
}
