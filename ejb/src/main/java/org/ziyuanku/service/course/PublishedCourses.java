package org.ziyuanku.service.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.service.course.internal.PublishedCourseReader;

/** What other contexts (teaching, learning) may read of standard courses: published ones only. */
@ApplicationScoped
public class PublishedCourses {

    @Inject
    private PublishedCourseReader reader;

    /** The course's published outline; empty when the course does not exist or is not published. */
    public Optional<PublishedCourseOutline> outline(long courseId) {
        return reader.outline(courseId);
    }
}
