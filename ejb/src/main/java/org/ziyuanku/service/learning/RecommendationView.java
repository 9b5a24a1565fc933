package org.ziyuanku.service.learning;

import java.io.Serializable;

/**
 * One recommendation for the signed-in learner: a published resource ({@code resourceId}) or the next item of an
 * enrolled course ({@code offeringId}, {@code nodeId}), its title, and the reason with its subject ({@code because}:
 * the course's or the favourite's title; {@code detail}: the shared points or the item, may be null).
 */
public record RecommendationView(Long resourceId, Long offeringId, Long nodeId, String title,
        RecommendationReason reason, String because, String detail) implements Serializable {

    /** {@code RESOURCE} or {@code ITEM}. */
    public String kind() {
        return resourceId != null ? "RESOURCE" : "ITEM";
    }
}
