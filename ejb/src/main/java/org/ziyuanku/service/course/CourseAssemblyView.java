package org.ziyuanku.service.course;

import java.io.Serializable;
import java.util.List;

/** A 积件 with its parts as they are now. */
public record CourseAssemblyView(long id, long libraryId, String name, String description, long ownerId,
        List<CoursePartView> parts) implements Serializable {
}
