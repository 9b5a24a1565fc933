package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.ziyuanku.service.learning.CourseProgressView;
import org.ziyuanku.service.learning.LearnerProgressService;
import org.ziyuanku.service.learning.LearningRefusedException;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * A course as its learner sees it (console/learning/course.xhtml?offering=…): the outline with per-item status,
 * overall progress and "continue" to the last item and position. Not enrolled, or no such offering: 404. It stays
 * request-scoped (a view-scoped learner page costs its view map in the session, SessionSizeIT): the offering is
 * injected from the request ({@code @Param}; the page's forms post to its own URI, so a postback carries it too)
 * and set again by the page's view parameter.
 */
@Named
@RequestScoped
public class LearningCourseBean {

    @EJB
    private LearnerProgressService progress;

    @Inject
    @Param
    private String offering;

    private CourseProgressView course;

    public void load() {
        if (course != null) {
            return;
        }
        long id = PageIds.of(offering);
        try {
            course = progress.course(id);
        } catch (LearningRefusedException e) {
            throw new SubjectNotFoundException("offering " + offering);
        }
    }

    /** The item "continue" opens: the last one, or the first before the learner began. */
    public Long getContinueNodeId() {
        load();
        if (course.continueNodeId() != null) {
            return course.continueNodeId();
        }
        return course.items().isEmpty() ? null : course.items().get(0).nodeId();
    }

    /** The part of a 积件 item "continue" opens (the last one played); null for other items and before the start. */
    public Long getContinuePartId() {
        load();
        return course.continueNodeId() == null ? null : course.continuePartId();
    }

    /** Loaded by the view action on GET, and on the first use in a postback (the notices form) before it runs. */
    public CourseProgressView getCourse() {
        load();
        return course;
    }

    public String getOffering() {
        return offering;
    }

    public void setOffering(String offering) {
        this.offering = offering;
    }
}
