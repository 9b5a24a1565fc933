package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.util.Faces;
import org.ziyuanku.service.exam.AttemptService;
import org.ziyuanku.service.exam.AttemptView;
import org.ziyuanku.service.exam.ExamService;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.NextRequestMessages;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * The exams of a learner's course (console/learning/exams.xhtml?offering=…): each published exam of the learner's
 * class with its window, the learner's status and score, and "start" or "continue" — a Faces POST that starts (or
 * resumes) the attempt on the server and redirects to the attempt's page. Not enrolled, or no such offering: 404.
 */
@Named
@RequestScoped
public class LearningExamsBean {

    @EJB
    private ExamService exams;

    @EJB
    private AttemptService attempts;

    private List<LearningExamRow> rows;

    /** Loads the list before rendering (view action): no such offering, or not enrolled, is the 404 page. */
    public void load() {
        getExams();
    }

    public List<LearningExamRow> getExams() {
        if (rows == null) {
            try {
                LocalDateTime now = LocalDateTime.now();
                rows = exams.list(offeringId()).stream().map(e -> LearningExamRow.of(e, attempts.latest(e.id())
                        .orElse(null), now)).toList();
            } catch (RefusedException | NumberFormatException e) {
                throw new SubjectNotFoundException("exams of offering " + Faces.getRequestParameter("offering"));
            }
        }
        return rows;
    }

    /** Starts or resumes the attempt at the exam and opens it (POST, redirect, GET); a refusal stays on the list. */
    public void start(long examId) {
        try {
            AttemptView attempt = attempts.start(examId);
            Faces.redirect(Faces.getRequestContextPath() + "/console/learning/exam.xhtml?attempt=" + attempt.id());
        } catch (RefusedException e) {
            NextRequestMessages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
            Faces.redirect(Faces.getRequestContextPath() + "/console/learning/exams.xhtml?offering=" + offeringId());
        }
    }

    public long getOffering() {
        return offeringId();
    }

    private static long offeringId() {
        String id = Faces.getRequestParameter("offering");
        return Long.parseLong(id == null ? "" : id.strip());
    }
}
