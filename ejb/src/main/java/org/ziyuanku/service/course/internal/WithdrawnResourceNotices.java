package org.ziyuanku.service.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.service.course.CourseAccess;
import org.ziyuanku.service.resource.ResourceWithdrawn;
import org.ziyuanku.service.system.NotificationCommand;
import org.ziyuanku.service.system.Notifier;
import org.ziyuanku.service.system.PageRoute;

/**
 * When a published resource is taken down or binned, every course whose outline references it (directly or through a
 * 积件) shows the item as unavailable at once (availability is read live); this tells each such course's team (lead
 * and members) once per course, inside the same transaction, pointing to the course's outline.
 */
@ApplicationScoped
public class WithdrawnResourceNotices {

    static final String KEY = "notification.course.itemUnavailable";

    @Inject
    private StandardCourseRepository courses;

    @Inject
    private CourseAccess access;

    @Inject
    private Notifier notifier;

    void withdrawn(@Observes ResourceWithdrawn event) {
        Map<Long, StandardCourse> affected = new LinkedHashMap<>();
        for (Long id : courses.referencing(event.resourceId())) {
            courses.find(id).map(CourseAccess::root).ifPresent(root -> affected.putIfAbsent(root.getId(), root));
        }
        for (StandardCourse course : affected.values()) {
            notifier.notify(new NotificationCommand(access.team(course), KEY,
                    List.of(event.title(), course.getName()),
                    new PageRoute("course.outline", Map.of("id", Long.toString(course.getId())))));
        }
    }
}
