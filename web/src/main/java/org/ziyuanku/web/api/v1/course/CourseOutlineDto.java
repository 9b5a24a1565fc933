package org.ziyuanku.web.api.v1.course;

import java.util.List;
import org.ziyuanku.service.course.CourseOutlineView;

/** A course with its outline (parents before children, siblings by position). */
public record CourseOutlineDto(CourseDto course, List<CourseNodeDto> nodes) {

    public static CourseOutlineDto of(CourseOutlineView o) {
        return new CourseOutlineDto(CourseDto.of(o.course()), o.nodes().stream().map(CourseNodeDto::of).toList());
    }
}
