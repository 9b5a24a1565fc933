package org.ziyuanku.service.course;

import java.io.Serializable;
import java.util.List;

/** A course with its outline: parents before children, siblings by position (build the tree by {@code parentId}). */
public record CourseOutlineView(CourseView course, List<CourseNodeView> nodes) implements Serializable {
}
