package org.ziyuanku.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.identity.UserAccount;

class ReviewSubmissionTest {

    private static final List<ReviewerRule> THREE_LEVELS = List.of(ReviewerRule.UNIT_REVIEWER,
            ReviewerRule.COURSE_TEAM_LEAD, ReviewerRule.LIBRARY_ADMIN);

    private static ReviewSubmission submission(List<ReviewerRule> rules) {
        ReviewedItem item = new ReviewedItem("RESOURCE", 7, null, 1, 53, 17L, 18L, 3, "平焊操作示范", "VIDEO", "焊接工艺",
                "a".repeat(64), "b".repeat(64));
        return new ReviewSubmission(item, new UserAccount("teacher", "教师", null), rules, List.of("加微信"));
    }

    @Test
    void approve_eachLevelInTurn_publishesAfterTheLast() {
        ReviewSubmission submission = submission(THREE_LEVELS);
        ReviewTask first = submission.firstTask();
        ReviewTask second = submission.approve(first, "reviewer");
        assertEquals(2, second.getLevelNo());
        assertEquals(ReviewerRule.COURSE_TEAM_LEAD, second.getRule());
        ReviewTask third = submission.approve(second, "courselead");
        assertEquals(ReviewSubmissionStatus.IN_REVIEW, submission.getStatus());
        assertNull(submission.approve(third, "libadmin"));
        assertEquals(ReviewSubmissionStatus.PUBLISHED, submission.getStatus());
        assertEquals(ReviewTaskStatus.APPROVED, third.getStatus());
    }

    @Test
    void approve_aTaskThatIsNotTheCurrentLevels_isRefused() {
        ReviewSubmission submission = submission(THREE_LEVELS);
        ReviewTask first = submission.firstTask();
        submission.approve(first, "reviewer");
        assertThrows(IllegalStateException.class, () -> submission.approve(first, "reviewer"),
                "a decided level cannot be decided again, and no later level is reachable without it");
    }

    @Test
    void reject_atAnyLevel_closesTheSubmission() {
        ReviewSubmission submission = submission(THREE_LEVELS);
        ReviewTask second = submission.approve(submission.firstTask(), "reviewer");
        submission.reject(second, "courselead");
        assertEquals(ReviewSubmissionStatus.REJECTED, submission.getStatus());
        assertThrows(IllegalStateException.class, () -> submission.withdraw(second, "teacher"));
    }

    @Test
    void withdraw_beforeADecision_closesItsTask() {
        ReviewSubmission submission = submission(List.of(ReviewerRule.LIBRARY_ADMIN));
        ReviewTask task = submission.firstTask();
        submission.withdraw(task, "teacher");
        assertEquals(ReviewSubmissionStatus.WITHDRAWN, submission.getStatus());
        assertEquals(ReviewTaskStatus.WITHDRAWN, task.getStatus());
        assertThrows(IllegalStateException.class, submission::takeDown, "only a published submission is taken down");
    }

    @Test
    void levels_areOneToThree_fixedAtSubmission() {
        assertThrows(IllegalArgumentException.class, () -> submission(List.of()));
        assertThrows(IllegalArgumentException.class, () -> submission(List.of(ReviewerRule.UNIT_REVIEWER,
                ReviewerRule.COURSE_TEAM_LEAD, ReviewerRule.LIBRARY_REVIEWER, ReviewerRule.LIBRARY_ADMIN)));
        assertEquals(THREE_LEVELS, submission(THREE_LEVELS).rules());
        assertEquals("加微信", submission(THREE_LEVELS).getFlaggedWords());
    }

    @Test
    void scopeIdFor_followsTheItem() {
        assertEquals(17L, ReviewerRule.UNIT_REVIEWER.scopeIdFor(53, 17L, 18L));
        assertEquals(18L, ReviewerRule.HOST_UNIT_REVIEWER.scopeIdFor(53, 17L, 18L));
        assertEquals(53L, ReviewerRule.LIBRARY_ADMIN.scopeIdFor(53, 17L, 18L));
        assertNull(ReviewerRule.COURSE_TEAM_LEAD.scopeIdFor(53, null, 18L));
    }
}
