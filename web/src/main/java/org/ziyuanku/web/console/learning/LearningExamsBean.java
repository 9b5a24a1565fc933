package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.util.Faces;
import org.ziyuanku.service.exam.AttemptService;
import org.ziyuanku.service.exam.AttemptView;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.NextRequestMessages;
import org.ziyuanku.web.faces.PageIds;

/**
 * The exams of a learner's course (console/learning/exams.xhtml?offering=…): each published exam of the learner's
 * class with its window, the learner's status and score, and "start" or "continue" — a Faces POST that starts (or
 * resumes) the attempt on the server and redirects to the attempt's page. Not enrolled, no such offering, or a
 * malformed id ({@link PageIds}): 404.
 */
@Named
@ViewScoped
public class LearningExamsBean extends LearnerOfferingPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private AttemptService attempts;

    private transient List<LearningExamRow> rows;

    public LearningExamsBean() {
        super("exams");
    }

    /** The learner's exams: no such offering, or not enrolled, is refused by the service (audited), the 404 page. */
    @Override
    protected void loadRows(long offeringId) {
        LocalDateTime now = LocalDateTime.now();
        rows = attempts.mine(offeringId).stream().map(e -> LearningExamRow.of(e, now)).toList();
    }

    public List<LearningExamRow> getExams() {
        loaded();
        return rows;
    }

    /** Starts or resumes the attempt at the exam and opens it (POST, redirect, GET); a refusal stays on the list. */
    public void start(long examId) {
        try {
            AttemptView attempt = attempts.start(examId);
            Faces.redirect(Faces.getRequestContextPath() + "/console/learning/exam.xhtml?attempt=" + attempt.id());
        } catch (RefusedException e) {
            NextRequestMessages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
            showAgain();
        }
    }
}
