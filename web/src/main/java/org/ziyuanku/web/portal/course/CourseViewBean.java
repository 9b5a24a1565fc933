package org.ziyuanku.web.portal.course;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.ziyuanku.service.course.CourseCatalogueService;
import org.ziyuanku.service.course.CourseOutlineView;
import org.ziyuanku.service.course.CourseRefusedException;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * A published course on the portal (portal/course/view.xhtml?id=…), anonymous, in the template its team chose
 * (CLASSIC or CARDS); anything not published, like an unknown or malformed id, is the 404 page.
 */
@Named
@RequestScoped
public class CourseViewBean {

    @EJB
    private CourseCatalogueService catalogue;

    private String id;
    private CourseOutlineView outline;
    private CourseTree tree;

    public void load() {
        long courseId = PageIds.of(id);
        try {
            outline = catalogue.outline(courseId);
        } catch (CourseRefusedException e) {
            throw new SubjectNotFoundException("course " + id);
        }
        tree = CourseTree.of(outline.nodes());
    }

    public CourseOutlineView getOutline() {
        return outline;
    }

    public CourseTree getTree() {
        return tree;
    }

    public boolean isCards() {
        return outline != null && "CARDS".equals(outline.course().portalTemplate());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
