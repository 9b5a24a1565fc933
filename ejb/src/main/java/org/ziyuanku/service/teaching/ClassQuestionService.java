package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.teaching.ClassAnswer;
import org.ziyuanku.domain.teaching.ClassQuestion;
import org.ziyuanku.domain.teaching.QuestionStatus;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.teaching.internal.BoardHeadings;
import org.ziyuanku.service.teaching.internal.ClassQuestionRepository;
import org.ziyuanku.service.teaching.internal.ClassQuestionViews;
import org.ziyuanku.service.teaching.internal.NoticeText;
import org.ziyuanku.service.teaching.internal.QuestionAudience;
import org.ziyuanku.service.teaching.internal.QuestionNotices;
import org.ziyuanku.service.teaching.internal.QuestionViewer;
import org.ziyuanku.service.teaching.internal.SeenQuestion;
import org.ziyuanku.service.teaching.internal.SimilarQuestions;

/**
 * Q&A (答疑) inside a class: an ACTIVE learner asks in their own class (optionally about a course item), staff of the
 * class answer, classmates may answer too (marked as a learner's answer). What they write is sanitised and screened as
 * discussions: a blocked word refuses it naming the word, a flagged word holds a learner's text until staff approve
 * it. Staff hear of new questions, the asker of answers. While a title is typed, {@link #similar} suggests the most
 * similar questions the caller may read. A learner of another class or school gets 404. Accepting, closing and
 * approving are {@link ClassQuestionResolutionService}'s.
 */
@Stateless
@PermitAll
public class ClassQuestionService {

    @Inject
    private QuestionAudience audience;

    @Inject
    private ClassQuestionRepository questions;

    @Inject
    private ClassQuestionViews views;

    @Inject
    private QuestionNotices notices;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private BoardHeadings headings;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private Caller caller;

    @Inject
    private AuditedCall audited;

    /**
     * Asks a question in the class; only its ACTIVE learners ask (staff: 403).
     *
     * @throws TeachingRefusedException a missing or too long title or body, an unknown item (400), a class the caller
     *         is not part of (404)
     * @throws org.ziyuanku.service.review.SensitiveWordBlockedException naming the blocked words; nothing is stored
     */
    @Audited(action = "QUESTION_ASK", target = "class-question:new")
    public ClassQuestionView ask(@AuditScope("class:") long classId, ClassQuestionCommand command) {
        QuestionAudience.ClassAndViewer seen = audience.ofClass(classId);
        if (seen.viewer().staff()) {
            throw caller.denied("ask a question in class " + classId + " (staff answer)");
        }
        long offeringId = seen.courseClass().getOffering().getId();
        if (command.nodeId() != null && teaching.visibleItem(offeringId, command.nodeId()).isEmpty()) {
            throw new TeachingRefusedException("teaching.refused.questionItem", command.nodeId().toString());
        }
        String title = title(command.title());
        String body = body(command.body());
        boolean held = !screening.refuseBlocked(List.of(new ScreenedText("title", title), new ScreenedText("body",
                NoticeText.text(body)))).flagged().isEmpty();
        ClassQuestion question = new ClassQuestion(offeringId, classId, command.nodeId(), seen.viewer().accountId(),
                title, body, held);
        questions.add(question);
        questions.flush();
        audited.target("class-question:" + question.getId());
        audited.detail(held ? "HELD" : "VISIBLE");
        if (!held) {
            notices.asked(question);
        }
        return views.question(question, seen.viewer(), Map.of(seen.viewer().accountId(), caller.displayName()), 0);
    }

    /** The class's questions the caller may read, most active first (anyone outside the class: 404). */
    public List<ClassQuestionView> ofClass(long classId) {
        QuestionViewer viewer = audience.ofClass(classId).viewer();
        return views.questions(questions.ofClasses(List.of(classId)), viewer);
    }

    /** The offering's Q&A page for the caller: its title, the caller's classes and their questions. */
    public QuestionBoardView board(long offeringId) {
        QuestionViewer viewer = audience.of(offeringId);
        BoardHeadings.Heading heading = headings.of(offeringId, viewer.classIds());
        return new QuestionBoardView(offeringId, heading.title(), viewer.staff(), heading.classNames(),
                views.questions(questions.ofClasses(viewer.classIds()), viewer));
    }

    /** The question with its answers, when the caller may read it (else 404). */
    public ClassQuestionThreadView thread(long questionId) {
        SeenQuestion seen = audience.readable(questionId);
        return views.thread(seen.question(), seen.viewer());
    }

    /** Up to five questions of the class, readable by the caller, whose titles are most like the typed text. */
    public List<SimilarQuestionView> similar(long classId, String typed) {
        QuestionViewer viewer = audience.ofClass(classId).viewer();
        return SimilarQuestions.rank(typed, views.readable(questions.ofClasses(List.of(classId)), viewer));
    }

    /** As {@link #similar}, over the questions of the caller's classes in the offering (the console page). */
    public List<SimilarQuestionView> similarInOffering(long offeringId, String typed) {
        QuestionViewer viewer = audience.of(offeringId);
        return SimilarQuestions.rank(typed, views.readable(questions.ofClasses(viewer.classIds()), viewer));
    }

    /**
     * Answers the question: staff of its class, or a classmate (marked as a learner's answer); the asker is told.
     *
     * @throws TeachingRefusedException a closed or held question (409), a missing or too long body (400), a question
     *         the caller may not read (404)
     */
    @Audited(action = "QUESTION_ANSWER")
    public ClassAnswerView answer(@AuditTarget("class-question:") long questionId, String text) {
        SeenQuestion seen = audience.readable(questionId);
        ClassQuestion question = seen.question();
        if (question.getStatus() == QuestionStatus.CLOSED || question.isHeld()) {
            throw new TeachingRefusedException(TeachingRefusedException.QUESTION_CLOSED);
        }
        String body = body(text);
        boolean flagged = !screening.refuseBlocked(List.of(new ScreenedText("body", NoticeText.text(body))))
                .flagged().isEmpty();
        boolean staff = seen.viewer().staff();
        ClassAnswer answer = new ClassAnswer(questionId, seen.viewer().accountId(), staff, body, flagged && !staff);
        questions.add(answer);
        question.touched();
        questions.flush();
        audited.detail("answer:" + answer.getId() + (answer.isHeld() ? " HELD" : " VISIBLE"));
        if (!answer.isHeld()) {
            notices.answered(question, answer);
        }
        return views.answer(answer, seen.viewer(), caller.displayName());
    }

    /** As every post's title, and with something left once normalised (for the similar-question search). */
    private static String title(String title) {
        String t = NoticeText.title(title, ClassQuestion.MAX_TITLE, "teaching.refused.questionTitle");
        if (ClassQuestion.normalise(t).isEmpty()) {
            throw new TeachingRefusedException("teaching.refused.questionTitle",
                    Integer.toString(ClassQuestion.MAX_TITLE));
        }
        return t;
    }

    private static String body(String body) {
        return NoticeText.body(body, ClassQuestion.MAX_BODY, "teaching.refused.questionBody");
    }
}
