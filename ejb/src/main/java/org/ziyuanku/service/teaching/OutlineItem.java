package org.ziyuanku.service.teaching;

import java.io.Serializable;

/**
 * A visible item of a published offering's outline, with the titles of its module and topic and what it refers to
 * (a resource, or a 积件 by {@code assemblyId}).
 */
public record OutlineItem(long offeringId, long nodeId, String moduleTitle, String topicTitle, String title,
        String itemKind, Long resourceId, Long assemblyId, boolean trial) implements Serializable {
}
