package org.ziyuanku.service.teaching.internal;

import java.util.List;
import org.ziyuanku.domain.teaching.ClassQuestion;

/**
 * The caller in an offering's Q&A: staff of some of its classes (they answer, approve held text, accept and close) or
 * an ACTIVE learner of one class (they ask there, read that class's questions and answer classmates).
 */
public record QuestionViewer(long accountId, boolean staff, List<Long> classIds) {

    /** Whether the question is of one of the viewer's classes. */
    public boolean reaches(ClassQuestion question) {
        return classIds.contains(question.getClassId());
    }

    /** Whether the viewer may read held text: staff always, the author their own. */
    public boolean reads(boolean held, long authorId) {
        return staff || !held || authorId == accountId;
    }

    /** Whether the viewer may accept an answer of the question or close it: staff, or its asker. */
    public boolean resolves(ClassQuestion question) {
        return staff || question.getAskerId() == accountId;
    }
}
