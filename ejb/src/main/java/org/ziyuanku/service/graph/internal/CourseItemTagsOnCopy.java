package org.ziyuanku.service.graph.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ziyuanku.service.course.CourseNodesCopied;
import org.ziyuanku.service.graph.GraphLinkKind;

/**
 * Course items keep their knowledge and skill points across versions, in the same transaction: a new version's items
 * start with the published items' points, and at approval the published items end with the version's.
 */
@ApplicationScoped
public class CourseItemTagsOnCopy {

    @Inject
    private GraphLinks links;

    void copied(@Observes CourseNodesCopied copied) {
        copied.copies().forEach((from, to) -> links.replaceTags(GraphLinkKind.COURSE_ITEM, from, to));
    }
}
