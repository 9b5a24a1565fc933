package org.ziyuanku.service.learning.internal;

import org.ziyuanku.domain.learning.AttemptMode;
import org.ziyuanku.service.resource.TeachingResourceView;

/**
 * What an item plays, as the server knows it: the mode, the duration of the resource (never the client's), the part
 * (the resource id; 0 for a page), the seconds that complete it, and the published resource (null for a page).
 */
public record ItemMedia(AttemptMode mode, long durationMs, long partId, int requiredSeconds,
        TeachingResourceView resource) {
}
