package org.ziyuanku.service.learning;

import java.io.Serializable;
import java.util.List;

/**
 * An item as the learner's item page shows it: the title, whether it is a page or which published resource it plays
 * (kind, format, media type, preview state), the mode of credit, and the learner's status of it. For a 积件 item:
 * its parts with the learner's status of each, and the part shown ({@code partId}; the resource fields, status and
 * percent are that part's); {@code partId} is null and {@code parts} empty for any other item.
 */
public record LearnerItemView(long offeringId, long nodeId, String title, String itemKind, Long resourceId,
        String kind, String format, String mediaType, String previewStatus, String previewMediaType, String mode,
        boolean enrolled, String status, int percent, String pageBody, Long partId, List<ItemPartView> parts)
        implements Serializable {
}
