package org.ziyuanku.service.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.review.ReviewActor;
import org.ziyuanku.domain.review.ReviewSubmission;
import org.ziyuanku.domain.review.ReviewTask;
import org.ziyuanku.domain.review.ReviewerRule;
import org.ziyuanku.service.review.internal.ReviewEngine;
import org.ziyuanku.service.review.internal.ReviewLevelRepository;
import org.ziyuanku.service.review.internal.ReviewSubmissionRepository;

/**
 * Demo data that went through tiered review for real: submitted by its author and approved at every level by the
 * demo reviewer of that level, so the demo library's published resources carry real review records; one waits for
 * its first level, so a demo reviewer finds something in the queue.
 */
@ApplicationScoped
public class ReviewDemo {

    static final String COMMENT = "演示数据：内容、格式与知识产权已核对，同意通过。";

    @Inject
    private ReviewEngine engine;

    @Inject
    private ReviewSubmissionRepository submissions;

    @Inject
    private ReviewLevelRepository levelRepository;

    /** Sets the library's review levels to {@code rules}, in order, as its administrators would. */
    public void setLevels(long libraryId, List<ReviewerRule> rules) {
        levelRepository.replace(libraryId, rules);
    }

    /**
     * Submits the version through {@code levels} and approves its first {@code approvedLevels} levels, each by
     * {@code reviewers}' account of that rule: all of them publish it, fewer leave it waiting at the next level.
     */
    public void review(ReviewableVersion version, UserAccount author, List<ReviewerRule> levels,
            Map<ReviewerRule, UserAccount> reviewers, int approvedLevels) {
        ReviewSubmission submission = engine.submit(version, author, actor(author, "teacher"), levels,
                List.of());
        for (ReviewerRule rule : levels.subList(0, approvedLevels)) {
            ReviewTask task = submissions.openTask(submission).orElseThrow();
            engine.approve(task, actor(reviewers.get(rule), rule.role().roleName()), COMMENT);
        }
    }

    private static ReviewActor actor(UserAccount account, String role) {
        return new ReviewActor(account.getUsername(), account.getDisplayName(), role,
                account.getOrganisation() == null ? null : account.getOrganisation().getName());
    }
}
