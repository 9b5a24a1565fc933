package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.learning.LearnerProgressService;
import org.ziyuanku.service.learning.MyCourseView;

/**
 * "My courses" (console/learning/courses.xhtml): the offerings the learner is enrolled in, with progress; also tells
 * the console menu whether to offer the page.
 */
@Named
@RequestScoped
public class LearningCoursesBean {

    @EJB
    private LearnerProgressService progress;

    private List<MyCourseView> courses;
    private Boolean learning;

    public List<MyCourseView> getCourses() {
        if (courses == null) {
            courses = progress.myCourses();
        }
        return courses;
    }

    /** Whether the caller is enrolled anywhere: the console menu offers "my courses" only then. */
    public boolean isLearning() {
        if (learning == null) {
            learning = courses != null ? !courses.isEmpty() : progress.learnsAnything();
        }
        return learning;
    }
}
