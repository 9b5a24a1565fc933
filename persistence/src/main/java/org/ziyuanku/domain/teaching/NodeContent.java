package org.ziyuanku.domain.teaching;

import java.io.Serializable;

/**
 * The content of an outline node as the standard course and an offering share it: title and, for an item (depth
 * 3), what it refers to. Placement (parent, position) and the offering's own flags are not content.
 */
public record NodeContent(String title, String itemKind, Long resourceId, Long assemblyId, String pageBody,
        int minSeconds) implements Serializable {

    public static final int MAX_TITLE = 200;
}
