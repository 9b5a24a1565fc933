package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.omnifaces.util.Faces;
import org.ziyuanku.domain.exam.ExamAttemptStatus;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.AttemptService;
import org.ziyuanku.service.exam.AttemptView;
import org.ziyuanku.service.exam.ExamService;
import org.ziyuanku.service.exam.SelfTestService;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.NextRequestMessages;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.RequestMark;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * A learner's exam attempt (console/learning/exam.xhtml?attempt=…): the paper of the attempt's snapshot with one form
 * control per question type, the time left (the server's deadline minus the server's now: the page counts down from
 * that span, never from the client's clock) and, once submitted, the score and each question's result. Answers are
 * saved by resources/zyk/js/exam.js through the REST API; submitting is a Faces POST. Another learner's attempt,
 * none, or a malformed id ({@link PageIds}): 404.
 */
@Named
@ViewScoped
public class LearningExamBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AttemptService attempts;

    @EJB
    private ExamService exams;

    @EJB
    private SelfTestService selfTests;

    private String attempt;
    private final RequestMark read = new RequestMark();
    private transient SelfTestService.ItemRef selfTest;
    private transient boolean selfTestRead;
    private transient AttemptView view;
    private transient Long offeringId;

    /** Loads the attempt before rendering (view action): another learner's attempt, or none, is the 404 page. */
    public void load() {
        getView();
    }

    /** The attempt, read once per request (what it derives from it is read again with it). */
    public AttemptView getView() {
        if (!read.marked()) {
            try {
                view = attempts.get(attemptId());
            } catch (RefusedException e) {
                throw new SubjectNotFoundException("attempt " + attempt);
            }
            selfTest = null;
            selfTestRead = false;
            offeringId = null;
            read.mark();
        }
        return view;
    }

    /** The self-test item the attempt practises, or null for an exam's attempt (the way back to the item). */
    public SelfTestService.ItemRef getSelfTest() {
        AttemptView v = getView();
        if (!selfTestRead) {
            selfTest = selfTests.itemOfExam(v.examId()).orElse(null);
            selfTestRead = true;
        }
        return selfTest;
    }

    /** The offering of the attempt's exam (the way back to the list of exams). */
    public long getOfferingId() {
        if (getSelfTest() != null) {
            return selfTest.offeringId();
        }
        if (offeringId == null) {
            offeringId = exams.get(getView().examId()).offeringId();
        }
        return offeringId;
    }

    public boolean isInProgress() {
        return getView().status() == ExamAttemptStatus.IN_PROGRESS;
    }

    public boolean isDone() {
        return getView().status() == ExamAttemptStatus.SUBMITTED || getView().status() == ExamAttemptStatus.GRADED;
    }

    /** Milliseconds left until the deadline, by the server's clock (0 when past). */
    public long getRemainingMillis() {
        AttemptView v = getView();
        return v.deadlineAt() == null ? 0 : Math.max(0, Duration.between(v.now(), v.deadlineAt()).toMillis());
    }

    /** The attempt's REST resource, which the page's script saves answers to. */
    public String getApiUrl() {
        return Faces.getRequestContextPath() + "/api/v1/attempts/" + getView().id();
    }

    /** The result of a question of the submitted attempt, or null. */
    public AttemptView.QuestionResult resultOf(long questionId) {
        return getView().results().stream().filter(r -> r.questionId() == questionId).findFirst().orElse(null);
    }

    /**
     * The key of a submitted question as the page shows it: the letters of the correct options (in the learner's
     * order), the accepted answers of each blank, or the reference answer; empty when not shown (a
     * true/false key the page words itself).
     */
    public String keyText(AttemptView.QuestionResult result) {
        AnswerKey key = result == null ? null : result.key();
        if (key == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (!key.correct().isEmpty()) {
            parts.add(key.correct().stream().map(this::letter).collect(Collectors.joining(" ")));
        }
        key.blanks().forEach(accepted -> parts.add(String.join(" / ", accepted)));
        if (key.reference() != null && !key.reference().isBlank()) {
            parts.add(key.reference());
        }
        return String.join("；", parts);
    }

    /** 1…n, for the blanks of a fill-in question. */
    public List<Integer> range(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    /** The letter of the option at the index (A, B, …). */
    public String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** Submits the attempt (after the page's confirmation), then shows it again with its result. */
    public void submit() {
        long id = attemptId();
        RefusalMessages.changeForNextPage(() -> attempts.submit(id), "learning.exam.submitted");
        Faces.redirect(Faces.getRequestContextPath() + "/console/learning/exam.xhtml?attempt=" + id);
    }

    /** Practises the attempt's self-test again: a new attempt (or the one in progress), shown at once. */
    public void again() {
        SelfTestService.ItemRef item = getSelfTest();
        if (item == null) {
            throw new SubjectNotFoundException("self-test of attempt " + attemptId());
        }
        try {
            AttemptView next = selfTests.start(item.itemId());
            Faces.redirect(Faces.getRequestContextPath() + "/console/learning/exam.xhtml?attempt=" + next.id());
        } catch (RefusedException e) {
            NextRequestMessages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
            Faces.redirect(Faces.getRequestContextPath() + "/console/learning/exam.xhtml?attempt=" + attemptId());
        }
    }

    /** The attempt as the page's view parameter gave it (kept in the view across the submit postback). */
    public String getAttempt() {
        return attempt;
    }

    public void setAttempt(String attempt) {
        this.attempt = attempt;
    }

    private long attemptId() {
        return PageIds.of(attempt);
    }
}
