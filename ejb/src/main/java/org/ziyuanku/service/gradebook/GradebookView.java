package org.ziyuanku.service.gradebook;

import java.util.List;

/**
 * A class's gradebook: the class and offering, the weights in force, and the rows the caller may see (the staff:
 * every ACTIVE learner; a learner: their own row only), with whether the caller is on the staff.
 */
public record GradebookView(long classId, String className, long offeringId, String offeringTitle,
        GradeWeightsView weights, List<LearnerGradeView> rows, boolean staff) {

    public GradebookView {
        rows = List.copyOf(rows);
    }
}
