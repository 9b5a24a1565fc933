package org.ziyuanku.service.exam;

import org.ziyuanku.service.system.RefusedException;

/**
 * A question the bank does not take (keys {@code exam.question.invalid.*}: which rule it breaks, 400), or one the
 * caller may not know of ({@code exam.question.notFound}: 404, the same for one that does not exist and one of a
 * library the caller does not work in), or a library that does not exist ({@code exam.question.noLibrary}: 404), or
 * a question whose review state does not allow the step ({@code exam.question.state.*}: 409).
 */
public class QuestionRefusedException extends RefusedException {

    public static final String NOT_FOUND = "exam.question.notFound";
    public static final String NO_LIBRARY = "exam.question.noLibrary";

    private static final long serialVersionUID = 1L;

    public QuestionRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    /** A rule of a question draft broken: key {@code exam.question.invalid.<rule>}. */
    public static QuestionRefusedException invalid(String rule, String... args) {
        return new QuestionRefusedException("exam.question.invalid." + rule, args);
    }

    /** The question's review state does not allow the step: key {@code exam.question.state.<state>}. */
    public static QuestionRefusedException state(String state, String... args) {
        return new QuestionRefusedException("exam.question.state." + state, args);
    }

    /** No question by that id that the caller may know of. */
    public static QuestionRefusedException notFound(long id) {
        return new QuestionRefusedException(NOT_FOUND, Long.toString(id));
    }

    @Override
    public Kind kind() {
        if (NOT_FOUND.equals(getReasonKey()) || NO_LIBRARY.equals(getReasonKey())) {
            return Kind.NOT_FOUND;
        }
        return getReasonKey().startsWith("exam.question.state.") ? Kind.CONFLICT : Kind.INVALID;
    }
}
