package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.ziyuanku.domain.teaching.ClassAnswer;
import org.ziyuanku.domain.teaching.ClassQuestion;
import org.ziyuanku.domain.teaching.QuestionStatus;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.internal.ClassQuestionRepository;
import org.ziyuanku.service.teaching.internal.QuestionAudience;
import org.ziyuanku.service.teaching.internal.QuestionNotices;
import org.ziyuanku.service.teaching.internal.SeenQuestion;

/**
 * What settles a class question: the asker or staff of its class accept one answer (the question is then ANSWERED;
 * accepting another moves the mark) or close it; staff approve a held question or answer (its people are then told).
 * A classmate who did not ask gets 403, anyone who may not read the question 404; both are audited as denials.
 */
@Stateless
@PermitAll
public class ClassQuestionResolutionService {

    @Inject
    private Event<AnswerAccepted> accepted;

    @Inject
    private QuestionAudience audience;

    @Inject
    private ClassQuestionRepository questions;

    @Inject
    private QuestionNotices notices;

    @Inject
    private Caller caller;

    /**
     * Accepts the answer.
     *
     * @throws TeachingRefusedException a held answer or a closed question (409), an answer the caller may not read
     *         (404)
     */
    @Audited(action = "QUESTION_ACCEPT")
    public void accept(@AuditTarget("class-answer:") long answerId) {
        ClassAnswer answer = questions.answer(answerId).orElseThrow(TeachingRefusedException::notFound);
        SeenQuestion seen = audience.readable(answer.getQuestionId());
        if (!seen.viewer().reads(answer.isHeld(), answer.getAuthorId())) {
            throw TeachingRefusedException.concealedDenial();
        }
        if (!seen.viewer().resolves(seen.question())) {
            throw caller.denied("accept an answer to class question " + answer.getQuestionId());
        }
        if (answer.isHeld() || seen.question().getStatus() == QuestionStatus.CLOSED) {
            throw new TeachingRefusedException(TeachingRefusedException.QUESTION_CLOSED);
        }
        if (!answer.isAccepted()) {
            questions.clearAccepted(answer.getQuestionId());
            answer.accept(seen.viewer().accountId());
            accepted.fire(new AnswerAccepted(answerId, answer.getQuestionId(), answer.getAuthorId(),
                    seen.viewer().accountId()));
        }
        seen.question().answered();
    }

    /** Closes the question (it takes no more answers); closing a closed one changes nothing. */
    @Audited(action = "QUESTION_CLOSE")
    public void close(@AuditTarget("class-question:") long questionId) {
        SeenQuestion seen = audience.readable(questionId);
        if (!seen.viewer().resolves(seen.question())) {
            throw caller.denied("close class question " + questionId);
        }
        if (seen.question().getStatus() != QuestionStatus.CLOSED) {
            seen.question().close(seen.viewer().accountId());
        }
    }

    /** Staff approve a held question: it becomes visible to the class and its staff are told. */
    @Audited(action = "QUESTION_APPROVE")
    public void approveQuestion(@AuditTarget("class-question:") long questionId) {
        ClassQuestion question = staffQuestion(questionId);
        if (question.isHeld()) {
            question.approve();
            notices.asked(question);
        }
    }

    /** Staff approve a held answer: it becomes visible and the asker is told. */
    @Audited(action = "QUESTION_APPROVE")
    public void approveAnswer(@AuditTarget("class-answer:") long answerId) {
        ClassAnswer answer = questions.answer(answerId).orElseThrow(TeachingRefusedException::notFound);
        ClassQuestion question = staffQuestion(answer.getQuestionId());
        if (answer.isHeld()) {
            answer.approve();
            notices.answered(question, answer);
        }
    }

    private ClassQuestion staffQuestion(long questionId) {
        SeenQuestion seen = audience.readable(questionId);
        if (!seen.viewer().staff()) {
            throw caller.denied("approve in class question " + questionId);
        }
        return seen.question();
    }
}
