package org.ziyuanku.service.learning;

import java.io.Serializable;

/**
 * One part of a 积件 item on the learner's item page: the part (its resource id), its title and kind, the learner's
 * status of it ({@code COMPLETED}, {@code PARTIAL}, {@code NOT_STARTED}) and percent, and whether the page shows it.
 */
public record ItemPartView(long partId, String title, String kind, String status, int percent, boolean current)
        implements Serializable {
}
