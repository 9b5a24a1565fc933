package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ziyuanku.domain.teaching.ClassQuestion;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.service.teaching.TeachingRefusedException;

/**
 * Tells who the caller is to a class's questions (as {@link DiscussionAudience} does for discussions): staff of the
 * class or its ACTIVE learner; anyone else, a learner of another class or school included, gets 404.
 */
@ApplicationScoped
public class QuestionAudience {

    @Inject
    private DiscussionAudience discussions;

    @Inject
    private ClassRepository classes;

    @Inject
    private ClassQuestionRepository questions;

    /** The caller in the offering. */
    public QuestionViewer of(long offeringId) {
        DiscussionViewer viewer = discussions.of(offeringId);
        return new QuestionViewer(viewer.accountId(), viewer.staff(), viewer.classIds());
    }

    /** The class, when the caller is its staff or its ACTIVE learner (else 404). */
    public ClassAndViewer ofClass(long classId) {
        CourseClass courseClass = classes.find(classId).orElseThrow(TeachingRefusedException::notFound);
        QuestionViewer viewer = of(courseClass.getOffering().getId());
        if (!viewer.classIds().contains(classId)) {
            throw TeachingRefusedException.concealedDenial();
        }
        return new ClassAndViewer(courseClass, viewer);
    }

    /** The question, when the caller may read it (another class's, or someone else's held question: 404). */
    public SeenQuestion readable(long questionId) {
        ClassQuestion question = questions.question(questionId).orElseThrow(TeachingRefusedException::notFound);
        QuestionViewer viewer = of(question.getOfferingId());
        if (!viewer.reaches(question) || !viewer.reads(question.isHeld(), question.getAskerId())) {
            throw TeachingRefusedException.concealedDenial();
        }
        return new SeenQuestion(question, viewer);
    }

    /** A class and who the caller is to it. */
    public record ClassAndViewer(CourseClass courseClass, QuestionViewer viewer) {
    }
}
