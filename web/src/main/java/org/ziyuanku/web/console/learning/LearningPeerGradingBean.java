package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.exam.ExamPeerGradingService;
import org.ziyuanku.service.exam.ExamService;
import org.ziyuanku.service.exam.ExamView;
import org.ziyuanku.service.exam.PeerTaskView;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.NextRequestMessages;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.RequestMark;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * A learner's peer-grading tasks of an exam (console/learning/exam-peer.xhtml?exam=…): other learners' answers
 * without their authors, the stem and reference answer, and per task a score and a comment (keyed "t" + task id) in
 * one form (POST, Faces' view state); saving redirects back (POST, redirect, GET). The exam id is the page's view
 * parameter, kept in the view across the postback. Not a learner of the exam, or a malformed id: 404.
 */
@Named
@ViewScoped
public class LearningPeerGradingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExamPeerGradingService peers;

    @EJB
    private ExamService exams;

    private final Map<String, String> scores = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();
    private String exam;
    private final RequestMark read = new RequestMark();
    private transient ExamView examView;
    private transient List<PeerTaskView> tasks;

    /** Loads the tasks before rendering (view action): no such exam, or not its learner, is the 404 page. */
    public void load() {
        getTasks();
    }

    public List<PeerTaskView> getTasks() {
        if (!read.marked()) {
            try {
                long examId = PageIds.of(exam);
                examView = exams.get(examId);
                tasks = peers.mine(examId);
            } catch (RefusedException e) {
                throw new SubjectNotFoundException("peer grading of exam " + exam);
            }
            read.mark();
            tasks.forEach(t -> {
                String score = t.score() == null ? "" : t.score().stripTrailingZeros().toPlainString();
                scores.putIfAbsent("t" + t.id(), score);
                comments.putIfAbsent("t" + t.id(), t.comment() == null ? "" : t.comment());
            });
        }
        return tasks;
    }

    /** Grades (or revises) one task with the score and comment typed in its form. */
    public void grade(long taskId) {
        BigDecimal score;
        try {
            score = new BigDecimal(scores.getOrDefault("t" + taskId, "").strip());
        } catch (NumberFormatException e) {
            Messages.addGlobalError("learning.peer.scoreRequired");
            return;
        }
        try {
            peers.grade(taskId, score, comments.get("t" + taskId));
            NextRequestMessages.addGlobalInfo("learning.peer.saved");
            Faces.redirect(Faces.getRequestContextPath() + "/console/learning/exam-peer.xhtml?exam=" + PageIds.of(exam));
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
    }

    /** The exam as the page shows it. */
    public ExamView getExamView() {
        getTasks();
        return examView;
    }

    /** The exam as the page's view parameter gave it. */
    public String getExam() {
        return exam;
    }

    public void setExam(String exam) {
        this.exam = exam;
    }

    public Map<String, String> getScores() {
        return scores;
    }

    public Map<String, String> getComments() {
        return comments;
    }
}
