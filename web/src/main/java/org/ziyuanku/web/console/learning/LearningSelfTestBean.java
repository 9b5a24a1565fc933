package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.omnifaces.util.Faces;
import org.ziyuanku.service.exam.AttemptView;
import org.ziyuanku.service.exam.SelfTestScores;
import org.ziyuanku.service.exam.SelfTestService;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.service.learning.LearnerItemView;
import org.ziyuanku.web.faces.NextRequestMessages;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * The self-test panel of a SELF_TEST item's page (console/learning/item.xhtml?offering=…&amp;item=…): the learner's
 * submitted attempts, best and last score, and "start" / "again" / "continue" (a Faces POST that starts or resumes an
 * attempt, then shows it on console/learning/exam.xhtml, which shows the score, keys and analyses once submitted).
 * The item is the page's ({@link LearningItemBean}, which reads the ids).
 */
@Named
@RequestScoped
public class LearningSelfTestBean {

    @EJB
    private SelfTestService selfTests;

    @Inject
    private LearningItemBean page;

    private SelfTestScores scores;

    /** The learner's record at the item; null when it cannot be read (no paper is no reason: it is read anyway). */
    public SelfTestScores getScores() {
        if (scores == null) {
            try {
                scores = selfTests.scores(page.getView().nodeId());
            } catch (RefusedException | SubjectNotFoundException e) {
                return null;
            }
        }
        return scores;
    }

    /** A score as the page shows it (no trailing zeros). */
    public String score(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** Starts a new attempt (or resumes the one in progress) and shows it. */
    public void start() {
        LearnerItemView item = page.getView();
        try {
            AttemptView attempt = selfTests.start(item.nodeId());
            Faces.redirect(Faces.getRequestContextPath() + "/console/learning/exam.xhtml?attempt=" + attempt.id());
        } catch (RefusedException e) {
            NextRequestMessages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
            Faces.redirect(Faces.getRequestContextPath() + "/console/learning/item.xhtml?offering="
                    + item.offeringId() + "&item=" + item.nodeId());
        }
    }
}
