package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.teaching.AssignmentService;
import org.ziyuanku.service.teaching.AssignmentView;
import org.ziyuanku.service.teaching.GradeCommand;
import org.ziyuanku.service.teaching.SubmissionService;
import org.ziyuanku.service.teaching.SubmissionView;
import org.ziyuanku.web.faces.NextRequestMessages;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.SubjectNotFoundException;
import org.ziyuanku.web.faces.RequestMark;

/**
 * Grading in turn (console/teaching/grade.xhtml?id=…&amp;submission=…): one submission of a homework at a time with
 * its place ("3 of 17") and the ungraded count, links to the previous / next submission and the previous / next
 * ungraded one, and the grade (or, peer graded, override) form in place on the version shown. A grade saved goes on
 * to the next ungraded submission; a refused one (a newer grade by another teacher, a bad score) stays with its
 * message and the typed values. Without {@code submission} it opens the first ungraded one.
 */
@Named
@ViewScoped
public class TeachingGradeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssignmentService assignments;

    @EJB
    private SubmissionService submissions;

    private String id;
    private String submission;
    private final RequestMark read = new RequestMark();
    private transient AssignmentView assignment;
    private transient List<SubmissionView> list;
    private int index;
    private String score;
    private String comment;
    private Long gradedSubmission;
    private Integer gradedVersion;

    public void load() {
        long assignmentId = TeachingPages.id(id);
        assignment = RefusalMessages.load(() -> assignments.get(assignmentId));
        list = RefusalMessages.load(() -> submissions.submissions(assignmentId));
        read.mark();
        String wanted = submission;
        index = wanted == null ? Math.max(0, find(0, 1, TeachingGradeBean::ungraded)) : find(0, 1, s -> wanted.strip()
                .equals(Long.toString(s.id())));
        if (index < 0 || list.isEmpty()) {
            throw new SubjectNotFoundException("submission " + wanted + " of homework " + assignmentId);
        }
        SubmissionView s = list.get(index);
        score = s.teacherScore() == null ? null : s.teacherScore().toPlainString();
        comment = s.teacherComment();
    }

    private void loaded() {
        if (!read.marked()) {
            load();
        }
    }

    /**
     * Grades (or overrides) the submission the form was shown with (its id and version are the form's hidden fields);
     * saved, it opens the next ungraded one.
     */
    public void save() {
        String typedScore = score;
        String typedComment = comment;
        long submissionId = gradedSubmission == null ? -1 : gradedSubmission;
        Integer version = gradedVersion;
        gradedSubmission = null;
        gradedVersion = null;
        loaded();
        boolean peer = "PEER".equals(assignment.grading());
        GradeCommand command = command(typedScore, typedComment, version);
        boolean saved = command != null && RefusalMessages.change(() -> {
            if (peer) {
                submissions.override(submissionId, command);
            } else {
                submissions.grade(submissionId, command);
            }
        }, null);
        if (saved) {
            NextRequestMessages.addGlobalInfo(peer ? "teaching.assignment.overridden" : "teaching.assignment.graded");
            reloadAt(submissionId);
            int next = find(index + 1, 1, TeachingGradeBean::ungraded);
            int target = next >= 0 ? next : Math.max(find(0, 1, TeachingGradeBean::ungraded), index);
            Faces.redirect(Faces.getRequestContextPath() + "/console/teaching/grade.xhtml?id=" + assignment.id()
                    + "&submission=" + list.get(target).id());
            return;
        }
        reloadAt(submissionId);
        score = typedScore;
        comment = typedComment;
    }

    /** Reads the list again and shows the submission just graded (wherever the opening rule would land). */
    private void reloadAt(long submissionId) {
        load();
        int at = find(0, 1, v -> v.id() == submissionId);
        index = at < 0 ? index : at;
    }

    private GradeCommand command(String typedScore, String typedComment, Integer version) {
        try {
            BigDecimal value = new BigDecimal(typedScore == null ? "" : typedScore.strip());
            return new GradeCommand(value, typedComment, version);
        } catch (NumberFormatException e) {
            Messages.addGlobalError("teaching.assignment.refused.score", Integer.toString(assignment.maxPoints()));
            return null;
        }
    }

    /** The position of the first submission from {@code from} in {@code step} direction that matches, or -1. */
    private int find(int from, int step, Predicate<SubmissionView> test) {
        for (int i = from; i >= 0 && i < list.size(); i += step) {
            if (test.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean ungraded(SubmissionView s) {
        return s.finalScore() == null;
    }

    private Long idAt(int i) {
        return i < 0 || i >= list.size() ? null : list.get(i).id();
    }

    public AssignmentView getAssignment() {
        loaded();
        return assignment;
    }

    public SubmissionView getCurrent() {
        loaded();
        return list.get(index);
    }

    public int getPosition() {
        loaded();
        return index + 1;
    }

    public int getTotal() {
        loaded();
        return list.size();
    }

    public long getUngraded() {
        loaded();
        return list.stream().filter(TeachingGradeBean::ungraded).count();
    }

    public Long getPrevious() {
        loaded();
        return idAt(index - 1);
    }

    public Long getNext() {
        loaded();
        return idAt(index + 1);
    }

    public Long getPreviousUngraded() {
        loaded();
        return idAt(index == 0 ? -1 : find(index - 1, -1, TeachingGradeBean::ungraded));
    }

    public Long getNextUngraded() {
        loaded();
        return idAt(find(index + 1, 1, TeachingGradeBean::ungraded));
    }

    public String getScore() {
        loaded();
        return score;
    }

    public String getComment() {
        loaded();
        return comment;
    }

    public void setScore(String score) {
        this.score = score;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** The id of the submission the grade form is shown with (a hidden field, posted back with the grade). */
    public Long getGradedSubmission() {
        return getCurrent().id();
    }

    public void setGradedSubmission(Long gradedSubmission) {
        this.gradedSubmission = gradedSubmission;
    }

    /** The version of the submission the grade form is shown with, so a grade saved meanwhile is refused. */
    public Integer getGradedVersion() {
        return getCurrent().version();
    }

    public void setGradedVersion(Integer gradedVersion) {
        this.gradedVersion = gradedVersion;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSubmission() {
        return submission;
    }

    public void setSubmission(String submission) {
        this.submission = submission;
    }
}
