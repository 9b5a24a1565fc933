package org.ziyuanku.service.review;

import java.io.Serializable;

/**
 * Filters of a reviewer's queue, each may be null: library, review level, kind of item, course (part of its name), and
 * items that have waited at least {@code waitingHours}.
 */
public record ReviewQueueQuery(Long libraryId, Integer level, String kind, String course, Integer waitingHours)
        implements Serializable {

    public static final int MAX = 200;
}
