package org.ziyuanku.web.portal.course;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.course.CourseCatalogueService;
import org.ziyuanku.service.course.CourseView;

/** The portal's list of published standard courses (portal/course/index.xhtml), anonymous. */
@Named
@RequestScoped
public class CourseIndexBean {

    private static final int PAGE_SIZE = 100;

    @EJB
    private CourseCatalogueService catalogue;

    private List<CourseView> courses;

    public List<CourseView> getCourses() {
        if (courses == null) {
            courses = catalogue.published(null, 0, PAGE_SIZE);
        }
        return courses;
    }
}
