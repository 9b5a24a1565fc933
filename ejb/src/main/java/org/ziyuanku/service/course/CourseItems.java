package org.ziyuanku.service.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ziyuanku.domain.course.CourseItemKind;
import org.ziyuanku.domain.course.CourseNode;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.service.course.internal.CourseNodeRepository;

/** Items of a course outline as other contexts reach them (the self-tests of the exam context). */
@ApplicationScoped
public class CourseItems {

    @Inject
    private CourseNodeRepository nodes;

    @Inject
    private CourseAccess access;

    /** A course item and the library of its course. */
    public record Item(long nodeId, java.util.UUID nodeKey, long courseId, long libraryId, CourseItemKind kind) {
    }

    /**
     * The item of a course the caller may see, when the caller is of its team (may edit it; refused 403 otherwise).
     * @throws CourseRefusedException not found for a node that is no item or of a course the caller may not see;
     *         {@code course.refused.notSelfTest} (400) when the item is not of the kind
     */
    public Item teamItem(long nodeId, CourseItemKind kind, String action) {
        CourseNode node = nodes.find(nodeId).filter(n -> n.getDepth() == CourseNode.ITEM)
                .filter(n -> access.canSee(n.getCourse())).orElseThrow(() -> CourseRefusedException.notFound(nodeId));
        StandardCourse course = node.getCourse();
        if (!access.canEdit(course)) {
            access.deny(action, course);
        }
        if (node.getItemKind() != kind) {
            throw new CourseRefusedException("course.refused.notSelfTest", String.valueOf(node.getItemKind()));
        }
        return new Item(node.getId(), node.getNodeKey(), course.getId(), course.getLibraryId(), kind);
    }
}
