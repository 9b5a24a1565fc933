package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import org.ziyuanku.service.gradebook.GradebookService;
import org.ziyuanku.service.incentive.MyPointsView;
import org.ziyuanku.service.incentive.PointsService;
import org.ziyuanku.service.learning.LearnerProgressService;
import org.ziyuanku.service.teaching.AssignmentService;

/**
 * "学习档案" (console/learning/archive.xhtml): the signed-in user's courses with progress and total grade, homework due
 * in the next two weeks, points, level and badges, and the download of all of it as JSON. Reads only.
 */
@Named
@RequestScoped
public class LearningArchiveBean {

    @EJB
    private LearnerProgressService progress;

    @EJB
    private GradebookService gradebook;

    @EJB
    private AssignmentService assignments;

    @EJB
    private PointsService points;

    private LearningArchive archive;
    private MyPointsView pointsView;

    /** Reads the archive. */
    public void load() {
        archive = LearningArchive.read(progress.myCourses(), gradebook, assignments, LocalDateTime.now());
        pointsView = points.mine();
    }

    public LearningArchive getArchive() {
        return archive;
    }

    public MyPointsView getPoints() {
        return pointsView;
    }
}
