package org.ziyuanku.service.resource;

/** Orders of a resource search; relevance falls back to newest when there is no text. */
public enum ResourceSort {
    RELEVANCE, NEWEST, POPULAR, RATING, TITLE
}
