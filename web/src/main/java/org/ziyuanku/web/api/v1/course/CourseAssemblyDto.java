package org.ziyuanku.web.api.v1.course;

import java.util.List;
import org.ziyuanku.service.course.CourseAssemblyView;

/** A 积件 with its parts as they are now. */
public record CourseAssemblyDto(long id, long libraryId, String name, String description, long ownerId,
        List<CoursePartDto> parts) {

    public static CourseAssemblyDto of(CourseAssemblyView a) {
        return new CourseAssemblyDto(a.id(), a.libraryId(), a.name(), a.description(), a.ownerId(),
                CoursePartDto.of(a.parts()));
    }
}
