package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.learning.LearnerProgressService;
import org.ziyuanku.service.learning.MyCourseView;

/** "My courses" (console/learning/courses.xhtml): the offerings the learner is enrolled in, with progress. */
@Named
@RequestScoped
public class LearningCoursesBean {

    @EJB
    private LearnerProgressService progress;

    private List<MyCourseView> courses;

    public List<MyCourseView> getCourses() {
        if (courses == null) {
            courses = progress.myCourses();
        }
        return courses;
    }
}
