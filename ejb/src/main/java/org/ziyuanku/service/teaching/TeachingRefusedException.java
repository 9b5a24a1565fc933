package org.ziyuanku.service.teaching;

import java.util.Set;
import org.ziyuanku.service.system.RefusedException;

/**
 * A teaching request that breaks a rule; nothing of it is stored. Bad input answers 400; a state that does not allow
 * it (closed offering, already enrolled, a decided change) 409; an offering, class or change the caller may not know
 * of 404, so an unpublished offering stays invisible to outsiders; an offering closed to outsiders (other schools,
 * social learners) 403. Keys are {@code teaching.refused.*}.
 */
public class TeachingRefusedException extends RefusedException {

    public static final String NOT_FOUND = "teaching.refused.notFound";
    public static final String HOMEWORK_NOT_FOUND = "teaching.refused.homeworkNotFound";
    public static final String CLOSED = "teaching.refused.closed";
    public static final String ENROLLED = "teaching.refused.alreadyEnrolled";
    public static final String NOT_ENROLLED = "teaching.refused.notEnrolled";
    public static final String DECIDED = "teaching.refused.decided";
    public static final String STALE = "teaching.refused.stale";
    public static final String DUPLICATE = "teaching.refused.duplicate";
    public static final String PARENT_MISSING = "teaching.refused.parentMissing";
    public static final String LAST_TEACHER = "teaching.refused.lastTeacher";
    public static final String OUTSIDER = "teaching.refused.outsider";
    public static final String NOT_OPEN = "teaching.refused.notOpen";
    public static final String ROSTER_ONLY = "teaching.refused.rosterOnly";
    public static final String NO_CLASS = "teaching.refused.noClass";
    public static final String UNKNOWN_CODE = "teaching.refused.unknownCode";
    public static final String CODE_REQUIRED = "teaching.refused.codeRequired";
    public static final String COURSE_REQUIRED = "teaching.refused.course";
    public static final String LOCKED = "teaching.refused.discussionLocked";
    public static final String QUESTION_CLOSED = "teaching.refused.questionClosed";

    private static final long serialVersionUID = 1L;
    private static final Set<String> CONFLICTS = Set.of(CLOSED, ENROLLED, NOT_ENROLLED, DECIDED, STALE, DUPLICATE,
            PARENT_MISSING, LAST_TEACHER, NOT_OPEN, ROSTER_ONLY, NO_CLASS, LOCKED, QUESTION_CLOSED);


    public TeachingRefusedException(String reasonKey, String... reasonArgs) {
        this(false, reasonKey, reasonArgs);
    }

    private TeachingRefusedException(boolean concealsDenial, String reasonKey, String... reasonArgs) {
        super(concealsDenial, reasonKey, reasonArgs);
    }

    /** The answer for an offering, class or change that does not exist or that the caller may not know of. */
    public static TeachingRefusedException notFound() {
        return new TeachingRefusedException(NOT_FOUND);
    }

    /**
     * The answer for an offering or class that exists but that the caller may not know of: "not found" to the caller
     * (404, so ids cannot be probed), a denial of the caller's rights in the audit trail.
     */
    public static TeachingRefusedException concealedDenial() {
        return new TeachingRefusedException(true, NOT_FOUND);
    }

    /** The answer for a homework, submission or peer review that does not exist. */
    public static TeachingRefusedException homeworkNotFound() {
        return new TeachingRefusedException(HOMEWORK_NOT_FOUND);
    }

    /** Like {@link #concealedDenial()}, for a homework, submission or peer review the caller may not know of. */
    public static TeachingRefusedException concealedHomework() {
        return new TeachingRefusedException(true, HOMEWORK_NOT_FOUND);
    }

    @Override
    public Kind kind() {
        if (NOT_FOUND.equals(getReasonKey()) || HOMEWORK_NOT_FOUND.equals(getReasonKey())
                || UNKNOWN_CODE.equals(getReasonKey())) {
            return Kind.NOT_FOUND;
        }
        if (OUTSIDER.equals(getReasonKey())) {
            return Kind.FORBIDDEN;
        }
        return CONFLICTS.contains(getReasonKey()) ? Kind.CONFLICT : Kind.INVALID;
    }
}
