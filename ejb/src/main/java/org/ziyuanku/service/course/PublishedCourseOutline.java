package org.ziyuanku.service.course;

import java.io.Serializable;
import java.util.List;

/** A published standard course at its current version, with its outline: parents before children (by depth), siblings by position; build the tree by {@code parentKey}. */
public record PublishedCourseOutline(long courseId, long libraryId, String name, int courseVersion,
        List<PublishedCourseNode> nodes) implements Serializable {
}
