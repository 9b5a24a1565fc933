package org.ziyuanku.service.gradebook;

/**
 * New weights of an offering's grade categories and the participation target; {@code version} is the version the
 * teacher saw (null: overwrite whatever is stored). Nulls are refused as missing.
 */
public record GradeWeightsCommand(Integer progress, Integer homework, Integer discussion, Integer exam,
        Integer discussionTarget, Integer version) {
}
