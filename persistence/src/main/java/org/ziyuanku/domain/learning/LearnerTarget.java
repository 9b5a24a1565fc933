package org.ziyuanku.domain.learning;

import java.io.Serializable;

/**
 * What a learner's favourite or note is about: a resource ({@code resourceId}) or a course item ({@code offeringId}
 * and {@code nodeId}), never both.
 */
public record LearnerTarget(Long resourceId, Long offeringId, Long nodeId) implements Serializable {

    public LearnerTarget {
        if ((resourceId == null) == (nodeId == null) || (nodeId == null) != (offeringId == null)) {
            throw new IllegalArgumentException("a resource or a course item");
        }
    }

    public static LearnerTarget resource(long resourceId) {
        return new LearnerTarget(resourceId, null, null);
    }

    public static LearnerTarget item(long offeringId, long nodeId) {
        return new LearnerTarget(null, offeringId, nodeId);
    }

    public boolean isResource() {
        return resourceId != null;
    }
}
