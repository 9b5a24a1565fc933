package org.ziyuanku.service.exam;

import org.ziyuanku.service.system.RefusedException;

/**
 * An exam or attempt request refused: {@code exam.exam.notFound} / {@code exam.attempt.notFound} (404, the same for
 * one that does not exist and one the caller may not know of), {@code exam.exam.invalid.*} (400: which rule the
 * exam breaks), and the refusals of the exam's state or window ({@code exam.attempt.notOpen}, {@code closed},
 * {@code lateEntry}, {@code noAttemptsLeft}, {@code over}, {@code exam.exam.notDraft}…: 409).
 */
public class ExamRefusedException extends RefusedException {

    public static final String EXAM_NOT_FOUND = "exam.exam.notFound";
    public static final String ATTEMPT_NOT_FOUND = "exam.attempt.notFound";

    private static final long serialVersionUID = 1L;

    private final Kind kind;

    public ExamRefusedException(Kind kind, String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
        this.kind = kind;
    }

    /** A rule of an exam broken: key {@code exam.exam.invalid.<rule>}. */
    public static ExamRefusedException invalid(String rule, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new ExamRefusedException(Kind.INVALID, "exam.exam.invalid." + rule, texts);
    }

    /** A state or time that does not allow the step: key {@code exam.<key>}. */
    public static ExamRefusedException conflict(String key, String... args) {
        return new ExamRefusedException(Kind.CONFLICT, "exam." + key, args);
    }

    public static ExamRefusedException examNotFound(long id) {
        return new ExamRefusedException(Kind.NOT_FOUND, EXAM_NOT_FOUND, Long.toString(id));
    }

    public static ExamRefusedException attemptNotFound(long id) {
        return new ExamRefusedException(Kind.NOT_FOUND, ATTEMPT_NOT_FOUND, Long.toString(id));
    }

    @Override
    public Kind kind() {
        return kind;
    }

    /** Not found is answered to hide what exists from a caller who may not know of it: audited as DENIED. */
    @Override
    public boolean deniesCaller() {
        return kind == Kind.NOT_FOUND || kind == Kind.FORBIDDEN;
    }
}
