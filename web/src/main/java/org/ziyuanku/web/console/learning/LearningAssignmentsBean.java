package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.service.teaching.AssignmentService;
import org.ziyuanku.service.teaching.AssignmentView;
import org.ziyuanku.service.teaching.PeerReviewCommand;
import org.ziyuanku.service.teaching.PeerReviewService;
import org.ziyuanku.service.teaching.PeerReviewTaskView;
import org.ziyuanku.service.teaching.SubmissionCommand;
import org.ziyuanku.service.teaching.SubmissionService;
import org.ziyuanku.service.teaching.SubmissionView;
import org.ziyuanku.web.faces.NextRequestMessages;
import org.ziyuanku.web.faces.SubmittedFields;

/**
 * A learner's homework of one course (console/learning/assignments.xhtml?offering=…): each published homework with
 * its status (not submitted, submitted, late, graded), submitting or resubmitting a text and a file (through the
 * submission service, so its content checks and refusals apply), the grade and comment and the anonymous reviews
 * received, and the peer reviews (互评任务) the learner owes: the work without its author, the rubric, a score per
 * criterion and a comment. Not enrolled, or no such offering: 404.
 */
@Named
@ViewScoped
public class LearningAssignmentsBean extends LearnerOfferingPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssignmentService assignments;

    @EJB
    private SubmissionService submissions;

    @EJB
    private PeerReviewService peerReviews;

    private transient List<Row> rows;
    private String text;
    private final HashMap<String, String> reviewScores = new HashMap<>();
    private final HashMap<Long, String> reviewComments = new HashMap<>();
    private transient UploadedFile file;

    /** A homework with the learner's submission (or null) and the reviews they owe. */
    public record Row(AssignmentView assignment, SubmissionView mine, List<PeerReviewTaskView> tasks) {

        /** 未提交 / 已提交 / 迟交 / 已评分 as a bundle key suffix. */
        public String status() {
            if (mine == null) {
                return "none";
            }
            if (mine.finalScore() != null) {
                return "graded";
            }
            return mine.late() ? "late" : "submitted";
        }

        /**
         * Whether the final score lost the no-review penalty: a peer-graded, scored, not overridden submission whose
         * learner has not finished the reviews given to them.
         */
        public boolean reviewPenalty() {
            return mine != null && "PEER".equals(assignment.grading()) && assignment.noReviewPenalty() > 0
                    && mine.finalScore() != null && !mine.overridden() && mine.reviewsDone() < mine.reviewsGiven();
        }

        /** Whether the final score lost the late penalty (a late submission under ACCEPT_WITH_PENALTY). */
        public boolean latePenalty() {
            return mine != null && mine.late() && mine.finalScore() != null && !mine.overridden()
                    && "ACCEPT_WITH_PENALTY".equals(assignment.latePolicy()) && assignment.latePenaltyPercent() > 0;
        }

        /** Whether the form to (re)submit is offered: before the due time, or late once when the policy allows. */
        public boolean submittable() {
            boolean beforeDue = LocalDateTime.now().isBefore(assignment.dueAt());
            return beforeDue || mine == null && !"REFUSE".equals(assignment.latePolicy());
        }
    }

    public LearningAssignmentsBean() {
        super("assignments");
    }

    @Override
    protected void loadRows(long offeringId) {
        rows = new ArrayList<>();
        for (AssignmentView a : assignments.list(offeringId)) {
            Row row = new Row(a, mine(a.id()), tasks(a));
            rows.add(row);
            row.tasks().forEach(this::previousReview);
        }
    }

    public List<Row> getRows() {
        loaded();
        return rows;
    }

    /** A done review's scores and comment fill its form, so the reviewer changes only what they mean to change. */
    private void previousReview(PeerReviewTaskView t) {
        if (t.doneAt() == null) {
            return;
        }
        for (int i = 0; t.scores() != null && i < t.scores().size(); i++) {
            if (t.scores().get(i) != null) {
                reviewScores.putIfAbsent(t.id() + "-" + i, t.scores().get(i).toString());
            }
        }
        if (t.comment() != null) {
            reviewComments.putIfAbsent(t.id(), t.comment());
        }
    }

    private SubmissionView mine(long assignmentId) {
        try {
            return submissions.mine(assignmentId);
        } catch (RefusedException e) {
            return null;
        }
    }

    private List<PeerReviewTaskView> tasks(AssignmentView a) {
        return "PEER".equals(a.grading()) && a.peersAssignedAt() != null ? peerReviews.mine(a.id()) : List.of();
    }

    /** Submits the text and the file chosen, then shows the page again (POST, redirect, GET). */
    public void submit(long assignmentId) {
        List<org.ziyuanku.service.teaching.UploadedFile> files = new ArrayList<>();
        Optional<Part> part = SubmittedFields.file(":submitForm:file");
        boolean bound = part.isEmpty() && file != null && file.getSize() > 0;
        try (InputStream content = part.isPresent() ? part.get().getInputStream()
                : bound ? file.getInputStream() : null) {
            if (content != null) {
                files.add(new org.ziyuanku.service.teaching.UploadedFile(part.isPresent()
                        ? part.get().getSubmittedFileName() : file.getFileName(), content));
            }
            submissions.submit(assignmentId, new SubmissionCommand(typedText(), files));
            NextRequestMessages.addGlobalInfo("learning.assignments.submitted");
        } catch (RefusedException e) {
            NextRequestMessages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (IOException e) {
            NextRequestMessages.addGlobalError("learning.assignments.uploadFailed");
        }
        showAgain();
    }

    /** Saves the review (a score per criterion, a comment), then shows the page again. */
    public void review(long reviewId, int criteria) {
        List<String> typed = SubmittedFields.values(":criterion");
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < criteria; i++) {
            scores.add(number(i < typed.size() ? typed.get(i) : reviewScores.get(reviewId + "-" + i)));
        }
        String comment = SubmittedFields.value(":reviewForm:reviewComment");
        changeAndShowAgain(() -> peerReviews.review(reviewId, new PeerReviewCommand(scores, comment == null
                ? reviewComments.get(reviewId) : comment)), "learning.assignments.reviewed");
    }

    private static Integer number(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The text typed in the submitted form (the one form of the request: its field is named …:submitForm:text). */
    private String typedText() {
        String typed = SubmittedFields.value(":submitForm:text");
        return typed == null ? text : typed;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Map<String, String> getReviewScores() {
        return reviewScores;
    }

    public Map<Long, String> getReviewComments() {
        return reviewComments;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
