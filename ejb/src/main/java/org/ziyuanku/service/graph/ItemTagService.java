package org.ziyuanku.service.graph;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.course.CourseAccess;
import org.ziyuanku.service.course.CourseRefusedException;
import org.ziyuanku.service.exam.QuestionAccess;
import org.ziyuanku.service.graph.internal.GraphLinks;
import org.ziyuanku.service.graph.internal.PointTags;

/**
 * Two-way annotation (双向标注) from a course item's or a bank question's own edit page, as {@link ResourceTagService}
 * does for resources: the course team (and the library's administrators) tag an item of their course in any state of
 * the course, as they set its self-test papers; a question is tagged by whoever may change it (its author, the
 * library's administrators). Whoever may not see the item or question gets "not found" (404); one who sees but may
 * not change it is refused (403, audited DENIED). The node must be a knowledge or skill point of the same library.
 */
@Stateless
@PermitAll
public class ItemTagService {

    public static final String ACTION = "ITEM_TAG";
    private static final Set<GraphLinkKind> KINDS = Set.of(GraphLinkKind.COURSE_ITEM, GraphLinkKind.QUESTION);

    @Inject
    private CourseAccess courses;

    @Inject
    private QuestionAccess questions;

    @Inject
    private GraphLinks links;

    @Inject
    private PointTags tags;

    @Inject
    private AuditedCall audited;

    /** The points the course item or question the caller may see is tagged with. */
    public List<ResourceTagView> tagsOf(GraphLinkKind kind, long targetId) {
        visibleLibrary(kind, targetId);
        return tags.of(kind, targetId);
    }

    /**
     * The tags of a whole page at once, with the library's points to choose from (up to 200, by name): for a course
     * item those of every item of its course's outline (one query), for a question its own.
     */
    public ItemTagsView page(GraphLinkKind kind, long targetId) {
        if (kind == GraphLinkKind.QUESTION) {
            long libraryId = questions.visible(targetId).getLibraryId();
            return new ItemTagsView(kind, Map.of(targetId, tags.of(kind, targetId)),
                    tags.matching(libraryId, "", PointTags.MAX_CHOICES));
        }
        long courseId = courseOf(kind, targetId);
        long libraryId = courses.visible(courseId).getLibraryId();
        return new ItemTagsView(kind, tags.ofCourse(courseId), tags.matching(libraryId, "", PointTags.MAX_CHOICES));
    }

    /** The point of exactly this name (stripped) in the library of the item or question the caller may see. */
    public Optional<ResourceTagView> pointNamed(GraphLinkKind kind, long targetId, String name) {
        return tags.typed(visibleLibrary(kind, targetId), name);
    }

    /** Up to {@code max} (1 to 200) points of the target's library whose name contains the text, by name. */
    public List<ResourceTagView> choices(GraphLinkKind kind, long targetId, String text, int max) {
        return tags.choices(visibleLibrary(kind, targetId), text, max);
    }

    /**
     * Tags the course item or question with the point.
     *
     * @throws org.ziyuanku.service.system.AccessDeniedException the caller may not change it (audited)
     * @throws GraphRefusedException {@code noNode} for a node that is not a point of the target's library
     */
    @Audited(action = ACTION)
    public List<ResourceTagView> tag(GraphLinkKind kind, long targetId, long nodeId) {
        return tags.tag(changeableLibrary(kind, targetId), nodeId, kind, targetId, kind + ":" + targetId);
    }

    /** Removes the tag (nothing when there is none); the same rules as {@link #tag}. */
    @Audited(action = ACTION)
    public List<ResourceTagView> untag(GraphLinkKind kind, long targetId, long nodeId) {
        return tags.untag(changeableLibrary(kind, targetId), nodeId, kind, targetId, kind + ":" + targetId);
    }

    private long visibleLibrary(GraphLinkKind kind, long targetId) {
        if (kind == GraphLinkKind.QUESTION) {
            return questions.visible(targetId).getLibraryId();
        }
        return courses.visible(courseOf(kind, targetId)).getLibraryId();
    }

    private long changeableLibrary(GraphLinkKind kind, long targetId) {
        audited.target(kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + targetId);
        if (kind == GraphLinkKind.QUESTION) {
            return questions.changeable(targetId, ACTION).getLibraryId();
        }
        StandardCourse course = courses.visible(courseOf(kind, targetId));
        if (!courses.canEdit(course)) {
            courses.deny(ACTION, course);
        }
        return course.getLibraryId();
    }

    private long courseOf(GraphLinkKind kind, long itemId) {
        if (!KINDS.contains(kind)) {
            throw new GraphRefusedException(GraphRefusedException.TYPE, kind.name());
        }
        return links.courseOfItem(itemId).orElseThrow(() -> CourseRefusedException.notFound(itemId));
    }
}
