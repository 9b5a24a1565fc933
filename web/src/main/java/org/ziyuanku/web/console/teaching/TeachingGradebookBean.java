package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.service.gradebook.GradeWeightsCommand;
import org.ziyuanku.service.gradebook.GradeWeightsView;
import org.ziyuanku.service.gradebook.GradebookService;
import org.ziyuanku.service.gradebook.GradebookView;
import org.ziyuanku.service.gradebook.LearnerGradeView;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * A class's gradebook for its staff (console/teaching/gradebook.xhtml?classId=…, and the print view
 * gradebook-print.xhtml): learners × categories and the weighted total, the weights form (a Faces post), the Excel
 * export (a GET download of the REST resource). Holds the class id and the form's numbers; the gradebook is read again
 * on every request. A learner of the class is sent their own row only by the service, so the page shows it too.
 */
@Named
@ViewScoped
public class TeachingGradebookBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private GradebookService gradebook;

    private Long classId;
    private Integer progress;
    private Integer homework;
    private Integer discussion;
    private Integer exam;
    private Integer discussionTarget;
    private Integer version;
    private transient GradebookView view;
    private transient List<LearnerGradeView> rows;

    /** Reads the gradebook of the class named by the parameter (404 for a class the caller may not see). */
    public void load() {
        if (classId != null) {
            view = gradebook.gradebook(classId);
            fill(view.weights());
        }
    }

    public GradebookView getView() {
        if (view == null && classId != null) {
            view = gradebook.gradebook(classId);
        }
        return view;
    }

    /** The rows, one modifiable list per request, which the table sorts in place. */
    public List<LearnerGradeView> getRows() {
        if (rows == null) {
            GradebookView v = getView();
            rows = v == null ? new ArrayList<>() : new ArrayList<>(v.rows());
        }
        return rows;
    }

    /** Saves the weights of the class's offering; a refusal is shown with its message and nothing changes. */
    public void save() {
        RefusalMessages.change(() -> {
            GradeWeightsView saved = gradebook.saveWeights(getView().offeringId(), new GradeWeightsCommand(progress,
                    homework, discussion, exam, discussionTarget, version));
            fill(saved);
            view = null;
            rows = null;
        }, "teaching.gradebook.saved");
    }

    /** When the print view was made. */
    public LocalDateTime getPrintedAt() {
        return LocalDateTime.now();
    }

    private void fill(GradeWeightsView w) {
        progress = w.progress();
        homework = w.homework();
        discussion = w.discussion();
        exam = w.exam();
        discussionTarget = w.discussionTarget();
        version = w.version();
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public Integer getHomework() {
        return homework;
    }

    public void setHomework(Integer homework) {
        this.homework = homework;
    }

    public Integer getDiscussion() {
        return discussion;
    }

    public void setDiscussion(Integer discussion) {
        this.discussion = discussion;
    }

    public Integer getExam() {
        return exam;
    }

    public void setExam(Integer exam) {
        this.exam = exam;
    }

    public Integer getDiscussionTarget() {
        return discussionTarget;
    }

    public void setDiscussionTarget(Integer discussionTarget) {
        this.discussionTarget = discussionTarget;
    }
}
