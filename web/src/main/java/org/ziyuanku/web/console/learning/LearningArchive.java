package org.ziyuanku.web.console.learning;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ziyuanku.service.gradebook.GradebookService;
import org.ziyuanku.service.gradebook.GradebookView;
import org.ziyuanku.service.learning.MyCourseView;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.service.teaching.AssignmentService;
import org.ziyuanku.service.teaching.AssignmentView;

/**
 * The learner's archive (学习档案) as the page and the data export read it: each course with its progress and weighted
 * total grade, and the homework due within the next {@value #DAYS_AHEAD} days across all courses, soonest first.
 *
 * @param courses one row a course the learner is enrolled in
 * @param deadlines published homework not yet past due, soonest first
 */
public record LearningArchive(List<Course> courses, List<Deadline> deadlines) implements Serializable {

    /** How far ahead deadlines are listed. */
    public static final int DAYS_AHEAD = 14;

    /** A course: progress and the weighted total (null while nothing is graded). */
    public record Course(long offeringId, String title, String termCode, int completedItems, int totalItems,
            int percent, Double total) implements Serializable {
    }

    /** Homework due soon. */
    public record Deadline(long offeringId, String courseTitle, long assignmentId, String title, LocalDateTime dueAt)
            implements Serializable {
    }

    /** Reads the archive of the signed-in learner through the services (each enforces its own rules). */
    public static LearningArchive read(List<MyCourseView> mine, GradebookService gradebook,
            AssignmentService assignments, LocalDateTime now) {
        List<Course> courses = new ArrayList<>();
        List<Deadline> deadlines = new ArrayList<>();
        for (MyCourseView c : mine) {
            courses.add(new Course(c.offeringId(), c.title(), c.termCode(), c.completedItems(), c.totalItems(),
                    c.percent(), total(gradebook, c.offeringId())));
            for (AssignmentView a : homework(assignments, c.offeringId())) {
                if (a.dueAt() != null && a.dueAt().isAfter(now) && a.dueAt().isBefore(now.plusDays(DAYS_AHEAD))
                        && !"DRAFT".equals(a.status())) {
                    deadlines.add(new Deadline(c.offeringId(), c.title(), a.id(), a.title(), a.dueAt()));
                }
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::dueAt));
        return new LearningArchive(courses, deadlines);
    }

    private static Double total(GradebookService gradebook, long offeringId) {
        try {
            GradebookView grades = gradebook.myGrades(offeringId);
            return grades.rows().isEmpty() ? null : grades.rows().get(0).total();
        } catch (RefusedException | AccessDeniedException e) {
            return null;
        }
    }

    private static List<AssignmentView> homework(AssignmentService assignments, long offeringId) {
        try {
            return assignments.list(offeringId);
        } catch (RefusedException | AccessDeniedException e) {
            return List.of();
        }
    }
}
