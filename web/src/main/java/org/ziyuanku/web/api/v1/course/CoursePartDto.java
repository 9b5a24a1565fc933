package org.ziyuanku.web.api.v1.course;

import java.util.List;
import org.ziyuanku.service.course.CoursePartView;

/** A referenced resource as it is now: live title, kind, media type, library and whether it is available. */
public record CoursePartDto(Long resourceId, String title, String kind, String mediaType, String libraryName,
        boolean available) {

    public static CoursePartDto of(CoursePartView p) {
        return p == null ? null : new CoursePartDto(p.resourceId(), p.title(), p.kind(), p.mediaType(),
                p.libraryName(), p.available());
    }

    public static List<CoursePartDto> of(List<CoursePartView> parts) {
        return parts.stream().map(CoursePartDto::of).toList();
    }
}
