package org.ziyuanku.web.api.v1.gradebook;

import java.util.List;
import org.ziyuanku.service.gradebook.GradebookView;

/** A class's gradebook: the class, its offering, the weights, the rows the caller may see, and whether they are staff. */
public record GradebookDto(long classId, String className, long offeringId, String offeringTitle,
        GradeWeightsDto weights, List<LearnerGradeDto> rows, boolean staff) {

    static GradebookDto of(GradebookView v) {
        return new GradebookDto(v.classId(), v.className(), v.offeringId(), v.offeringTitle(),
                GradeWeightsDto.of(v.weights()), v.rows().stream().map(LearnerGradeDto::of).toList(), v.staff());
    }
}
