package org.ziyuanku.service.teaching;

import java.io.Serializable;

/** A visible item of a published offering's outline, with the titles of its module and topic. */
public record OutlineItem(long offeringId, long nodeId, String moduleTitle, String topicTitle, String title,
        String itemKind, Long resourceId, boolean trial) implements Serializable {
}
