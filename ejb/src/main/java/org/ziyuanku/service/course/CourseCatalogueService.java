package org.ziyuanku.service.course;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.service.course.internal.CourseViews;
import org.ziyuanku.service.course.internal.StandardCourseRepository;

/**
 * Published standard courses for everybody, anonymous visitors included (outside the virtual security domain): the
 * list, one course and its outline. Anything not published (a draft, a course under review, a pending new version) is
 * not found, so it answers 404 exactly as an id that does not exist.
 */
@Stateless
public class CourseCatalogueService {

    private static final int MAX_PAGE = 100;

    @Inject
    private StandardCourseRepository courses;

    @Inject
    private CourseViews views;

    /** Published courses, newest first, optionally of one library. */
    public List<CourseView> published(Long libraryId, int page, int size) {
        int max = Math.max(1, Math.min(size, MAX_PAGE));
        return courses.published(libraryId, Math.max(0, page) * max, max).stream()
                .map(c -> views.of(c, false, false)).toList();
    }

    /** The published course with its outline. @throws CourseRefusedException not found otherwise */
    public CourseOutlineView outline(long id) {
        StandardCourse course = courses.find(id).filter(StandardCourse::isPublic)
                .orElseThrow(() -> CourseRefusedException.notFound(id));
        return new CourseOutlineView(views.of(course, false, false), views.outline(course));
    }
}
