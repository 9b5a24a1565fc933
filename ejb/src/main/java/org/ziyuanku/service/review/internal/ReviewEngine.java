package org.ziyuanku.service.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.review.ReviewAction;
import org.ziyuanku.domain.review.ReviewActor;
import org.ziyuanku.domain.review.ReviewRecord;
import org.ziyuanku.domain.review.ReviewSubmission;
import org.ziyuanku.domain.review.ReviewSubmissionStatus;
import org.ziyuanku.domain.review.ReviewTask;
import org.ziyuanku.domain.review.ReviewedItem;
import org.ziyuanku.domain.review.ReviewerRule;
import org.ziyuanku.service.review.ReviewRefusedException;
import org.ziyuanku.service.review.ReviewStage;
import org.ziyuanku.service.review.ReviewableVersion;

/**
 * The transitions of tiered review, the same for every subject type: each one changes the submission and its task,
 * adds its step to the review record, moves the item into its new stage and tells the people concerned. Callers have
 * checked who may take the step; the engine keeps the order of levels and makes concurrent decisions end in one.
 */
@ApplicationScoped
public class ReviewEngine {

    @Inject
    private ReviewSubmissionRepository submissions;

    @Inject
    private ReviewRecordRepository records;

    @Inject
    private ReviewSubjects subjects;

    @Inject
    private ReviewNotices notices;

    /**
     * Sends the version into review through the levels {@code rules}, level 1 first.
     *
     * @throws ReviewRefusedException {@code review.refused.alreadyInReview} when the item is under review already
     */
    public ReviewSubmission submit(ReviewableVersion version, UserAccount author, ReviewActor actor,
            List<ReviewerRule> rules, List<String> flaggedWords) {
        ReviewedItem item = version.item();
        if (submissions.latest(item.subjectType(), item.subjectId(), ReviewSubmissionStatus.IN_REVIEW).isPresent()) {
            throw new ReviewRefusedException("review.refused.alreadyInReview", item.title());
        }
        ReviewSubmission submission = new ReviewSubmission(item, author, rules, flaggedWords);
        submissions.add(submission);
        ReviewTask first = submission.firstTask();
        submissions.add(first);
        step(submission, 0, ReviewAction.SUBMITTED, actor, null, null);
        settle();
        subjects.of(item.subjectType()).enter(item, ReviewStage.IN_REVIEW);
        settle();
        notices.waiting(submission, first);
        return submission;
    }

    /** Approves the task's level: the next level opens, or after the last one the item is published. */
    public void approve(ReviewTask task, ReviewActor actor, String comment) {
        ReviewSubmission submission = task.getSubmission();
        ReviewTask next = submission.approve(task, actor.username());
        step(submission, task.getLevelNo(), ReviewAction.APPROVED, actor, comment, null);
        settle();
        ReviewedItem item = submission.item();
        if (next != null) {
            submissions.add(next);
            settle();
            notices.waiting(submission, next);
            notices.author(submission, "notification.review.approved", item.title(), String.valueOf(task.getLevelNo()));
            return;
        }
        submissions.ofSubject(item.subjectType(), item.subjectId()).stream()
                .filter(s -> !s.getId().equals(submission.getId()) && s.getStatus() == ReviewSubmissionStatus.PUBLISHED)
                .forEach(ReviewSubmission::supersede);
        step(submission, task.getLevelNo(), ReviewAction.PUBLISHED, actor, null, null);
        subjects.of(item.subjectType()).enter(item, ReviewStage.PUBLISHED);
        settle();
        notices.author(submission, "notification.review.published", item.title());
    }

    /** Rejects the task's level: the item goes back to its author with the reasons. */
    public void reject(ReviewTask task, ReviewActor actor, String comment, String fieldReasons) {
        ReviewSubmission submission = task.getSubmission();
        submission.reject(task, actor.username());
        step(submission, task.getLevelNo(), ReviewAction.REJECTED, actor, comment, fieldReasons);
        settle();
        subjects.of(submission.item().subjectType()).enter(submission.item(), ReviewStage.RETURNED);
        settle();
        notices.author(submission, "notification.review.rejected", submission.item().title(),
                String.valueOf(task.getLevelNo()), comment == null || comment.isBlank() ? "" : comment.strip());
    }

    /** The author takes the submission back before its open level decides. */
    public void withdraw(ReviewTask task, ReviewActor actor) {
        ReviewSubmission submission = task.getSubmission();
        submission.withdraw(task, actor.username());
        step(submission, 0, ReviewAction.WITHDRAWN, actor, null, null);
        settle();
        subjects.of(submission.item().subjectType()).enter(submission.item(), ReviewStage.WITHDRAWN);
        settle();
    }

    /** Takes the published version down with the reason; it is hidden until it passes review again. */
    public void takeDown(ReviewableVersion published, ReviewActor actor, String reason) {
        ReviewedItem item = published.item();
        ReviewSubmission submission = submissions.latest(item.subjectType(), item.subjectId(),
                ReviewSubmissionStatus.PUBLISHED).orElse(null);
        if (submission != null) {
            submission.takeDown();
        }
        records.add(new ReviewRecord(submission == null ? 0 : submission.getId(), item, 0, ReviewAction.TAKEN_DOWN,
                actor, reason, null));
        subjects.of(item.subjectType()).enter(item, ReviewStage.TAKEN_DOWN);
        settle();
        if (submission != null) {
            notices.author(submission, "notification.review.takenDown", item.title(), reason.strip());
        }
    }

    private void step(ReviewSubmission submission, int level, ReviewAction action, ReviewActor actor, String comment,
            String fieldReasons) {
        records.add(new ReviewRecord(submission.getId(), submission.item(), level, action, actor, comment,
                fieldReasons));
    }

    /**
     * Writes the step now: a reviewer who decided the same task a moment earlier on any node makes this one fail with
     * "already decided", as does a second submission of the same item.
     */
    private void settle() {
        try {
            submissions.flush();
        } catch (OptimisticLockException e) {
            throw new ReviewRefusedException("review.refused.alreadyDecided");
        } catch (PersistenceException e) {
            if (violates(e, "review_submission_open_idx")) {
                throw new ReviewRefusedException("review.refused.alreadyInReview", "");
            }
            throw e;
        }
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
