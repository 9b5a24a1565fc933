package org.ziyuanku.service.learning;

import java.io.Serializable;

/**
 * An item as the learner's item page shows it: the title, whether it is a page or which published resource it plays
 * (kind, format, media type, preview state), the mode of credit, and the learner's status of it.
 */
public record LearnerItemView(long offeringId, long nodeId, String title, String itemKind, Long resourceId,
        String kind, String format, String mediaType, String previewStatus, String previewMediaType, String mode,
        boolean enrolled, String status, int percent, String pageBody) implements Serializable {
}
