package org.ziyuanku.service.course;

import java.util.Set;
import org.ziyuanku.service.system.RefusedException;

/**
 * A course change that breaks a rule (keys {@code course.refused.*}), or a course, node or 积件 the caller may not know
 * of ({@code course.refused.notFound}: 404, the same for one that does not exist and another school's draft).
 */
public class CourseRefusedException extends RefusedException {

    public static final String NOT_FOUND = "course.refused.notFound";

    private static final long serialVersionUID = 1L;
    private static final Set<String> CONFLICTS = Set.of("course.refused.inReview", "course.refused.nothingToSubmit",
            "course.refused.notPublished", "course.refused.revisionExists", "course.refused.codeTaken",
            "course.refused.assemblyNameTaken", "course.refused.assemblyInUse", "course.refused.hasChildren",
            "course.refused.publishedUseVersion");

    public CourseRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    /** Nothing by that id that the caller may know of. */
    public static CourseRefusedException notFound(long id) {
        return new CourseRefusedException(NOT_FOUND, Long.toString(id));
    }

    public boolean isNotFound() {
        return NOT_FOUND.equals(getReasonKey());
    }

    @Override
    public Kind kind() {
        if (isNotFound()) {
            return Kind.NOT_FOUND;
        }
        return CONFLICTS.contains(getReasonKey()) ? Kind.CONFLICT : Kind.INVALID;
    }
}
