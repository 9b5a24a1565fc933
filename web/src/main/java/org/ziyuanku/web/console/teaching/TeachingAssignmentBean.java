package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.teaching.AssignmentService;
import org.ziyuanku.service.teaching.AssignmentView;
import org.ziyuanku.service.teaching.GradeCommand;
import org.ziyuanku.service.teaching.PeerReviewService;
import org.ziyuanku.service.teaching.SimilarPairView;
import org.ziyuanku.service.teaching.SubmissionService;
import org.ziyuanku.service.teaching.SubmissionSimilarityService;
import org.ziyuanku.service.teaching.SubmissionView;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.SubmittedFields;
import org.ziyuanku.web.faces.RequestMark;

/**
 * One homework for its staff (console/teaching/assignment.xhtml?id=…): each learner's submission (text, files, late
 * flag, the peers' totals and their median, how many of their own reviews are done), a grade form (score and
 * comment, on the version shown, so a grade saved meanwhile by another teacher is refused with a message) for a
 * manually graded homework, an override for a peer-graded one, handing out the peer reviews after the due time, and
 * the pairs of submissions whose texts look copied (疑似雷同) with links to both.
 */
@Named
@ViewScoped
public class TeachingAssignmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssignmentService assignments;

    @EJB
    private SubmissionService submissions;

    @EJB
    private PeerReviewService peerReviews;

    @EJB
    private SubmissionSimilarityService similarity;

    private String id;
    private final RequestMark read = new RequestMark();
    private final RequestMark similarRead = new RequestMark();
    private transient List<SimilarPairView> similar;
    private transient AssignmentView assignment;
    private transient List<SubmissionView> list;
    private final Map<Long, String> scores = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();
    private final Map<Long, Integer> versionsShown = new HashMap<>();

    private void loaded() {
        if (!read.marked()) {
            load();
        }
    }

    public void load() {
        long assignmentId = TeachingPages.id(id);
        assignment = RefusalMessages.load(() -> assignments.get(assignmentId));
        list = RefusalMessages.load(() -> submissions.submissions(assignmentId));
        read.mark();
    }

    /** The teacher's grade (manual grading) on the version the form was shown with. */
    public void grade(long submissionId) {
        GradeCommand command = command(submissionId);
        if (command != null) {
            RefusalMessages.change(() -> submissions.grade(submissionId, command), "teaching.assignment.graded");
        }
        reload();
    }

    /** The final score, whatever peers or a grade said. */
    public void override(long submissionId) {
        GradeCommand command = command(submissionId);
        if (command != null) {
            RefusalMessages.change(() -> submissions.override(submissionId, command), "teaching.assignment.overridden");
        }
        reload();
    }

    /** Hands out the peer reviews (after the due time; again for late submissions). */
    public void assignPeers() {
        long assignmentId = TeachingPages.id(id);
        RefusalMessages.change(() -> peerReviews.assign(assignmentId), "teaching.assignment.peersAssigned");
        reload();
    }

    private void reload() {
        scores.clear();
        comments.clear();
        load();
    }

    private GradeCommand command(long submissionId) {
        String typed = SubmittedFields.value(":gradeForm:score");
        if (typed == null) {
            typed = scores.get(submissionId);
        }
        BigDecimal score;
        try {
            score = new BigDecimal(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            Messages.addGlobalError("teaching.assignment.refused.score", Integer.toString(maxPoints()));
            return null;
        }
        String comment = SubmittedFields.value(":gradeForm:comment");
        return new GradeCommand(score, comment == null ? comments.get(submissionId) : comment,
                versionsShown.get(submissionId));
    }

    private int maxPoints() {
        loaded();
        return assignment.maxPoints();
    }

    /** Whether the peer reviews may be handed out now: a published peer homework past its due time. */
    public boolean isPeersAssignable() {
        loaded();
        return "PEER".equals(assignment.grading()) && "PUBLISHED".equals(assignment.status())
                && assignment.dueAt().isBefore(LocalDateTime.now());
    }

    public AssignmentView getAssignment() {
        loaded();
        return assignment;
    }

    /** The pairs flagged as similar, most similar first (computed once per request). */
    public List<SimilarPairView> getSimilar() {
        if (!similarRead.marked()) {
            similarRead.mark();
            long assignmentId = TeachingPages.id(id);
            similar = RefusalMessages.load(() -> similarity.similar(assignmentId));
        }
        return similar;
    }

    /** Whether any submission has a file (the zip link is offered only then). */
    public boolean isAnyFiles() {
        return getSubmissions().stream().anyMatch(s -> !s.files().isEmpty());
    }

    /** The submissions; those rendered note their version, the one a grade of their row is given on. */
    public List<SubmissionView> getSubmissions() {
        loaded();
        if (FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            list.forEach(s -> versionsShown.put(s.id(), s.version()));
        }
        return list;
    }

    public Map<Long, String> getScores() {
        return scores;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
