package org.ziyuanku.service.course;

import java.io.Serializable;
import java.util.UUID;

/**
 * One node of a published course's outline as offerings take it over: its stable key, its place, its content and
 * the fingerprint of that content ({@code contentHash}), which changes exactly when the node's content changes.
 */
public record PublishedCourseNode(UUID nodeKey, UUID parentKey, int depth, int position, String title,
        String itemKind, Long resourceId, Long assemblyId, String pageBody, int minSeconds, boolean trialDefault,
        String contentHash) implements Serializable {
}
