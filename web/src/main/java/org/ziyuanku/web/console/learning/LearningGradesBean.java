package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.ziyuanku.service.gradebook.GradebookService;
import org.ziyuanku.service.gradebook.GradebookView;
import org.ziyuanku.service.gradebook.LearnerGradeView;
import org.ziyuanku.web.faces.PageIds;

/**
 * "我的成绩" (console/learning/grades.xhtml?offering=…): the signed-in learner's own grades in the offering — each
 * category, its weight and the figures behind it, and the weighted total. Reads only; 404 for anyone who is not an
 * ACTIVE learner of the offering.
 */
@Named
@RequestScoped
public class LearningGradesBean {

    @EJB
    private GradebookService gradebook;

    private String offering;
    private GradebookView view;

    /** Reads the caller's grades in the offering named by the parameter (malformed: 404, {@link PageIds}). */
    public void load() {
        view = gradebook.myGrades(PageIds.of(offering));
    }

    public GradebookView getView() {
        return view;
    }

    /** The caller's row (null when they have none, which the service prevents). */
    public LearnerGradeView getMine() {
        return view == null || view.rows().isEmpty() ? null : view.rows().get(0);
    }

    public String getOffering() {
        return offering;
    }

    public void setOffering(String offering) {
        this.offering = offering;
    }
}
