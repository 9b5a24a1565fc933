package org.ziyuanku.service.gradebook;

/**
 * The weights of an offering's grade categories (integers 0–100 summing to 100), the number of discussion posts worth
 * full participation marks, and the version to send back when changing them (0 and {@code defaults} when the teacher
 * never set them).
 */
public record GradeWeightsView(long offeringId, int progress, int homework, int discussion, int exam,
        int discussionTarget, int version, boolean defaults) {

    /** The weights used when a teacher has set none: progress 20, homework 30, discussion 10, exams 40; target 5. */
    public static GradeWeightsView defaultsOf(long offeringId) {
        return new GradeWeightsView(offeringId, 20, 30, 10, 40, 5, 0, true);
    }
}
