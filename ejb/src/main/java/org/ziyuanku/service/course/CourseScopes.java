package org.ziyuanku.service.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.service.course.internal.StandardCourseRepository;
import org.ziyuanku.service.identity.NamedScopes;

/** Courses answer identity's {@link NamedScopes} for COURSE-scoped grants (the course team). */
@ApplicationScoped
public class CourseScopes implements NamedScopes {

    @Inject
    private StandardCourseRepository courses;

    @Override
    public ScopeType type() {
        return ScopeType.COURSE;
    }

    @Override
    public Optional<String> nameOf(long id) {
        return courses.find(id).map(StandardCourse::getName);
    }
}
