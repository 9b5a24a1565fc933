package org.ziyuanku.service.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.review.ReviewActor;
import org.ziyuanku.domain.review.ReviewRecord;
import org.ziyuanku.domain.review.ReviewSubmission;
import org.ziyuanku.domain.review.ReviewSubmissionStatus;
import org.ziyuanku.domain.review.ReviewTask;
import org.ziyuanku.domain.review.ReviewedItem;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.review.internal.ReviewEngine;
import org.ziyuanku.service.review.internal.ReviewLevelRepository;
import org.ziyuanku.service.review.internal.ReviewRecordRepository;
import org.ziyuanku.service.review.internal.ReviewSteps;
import org.ziyuanku.service.review.internal.ReviewSubjects;
import org.ziyuanku.service.review.internal.ReviewSubmissionRepository;

/**
 * The author's side of tiered review (先审后发; runs in the OIDC virtual security domain): sending an item for review
 * after screening it for sensitive words, withdrawing it before a decision, and their submissions with the reviewers'
 * reasons.
 */
@Stateless
@PermitAll
public class ReviewSubmissionService {

    private static final int MAX = 200;
    private static final List<PlatformRole> AUTHOR_ROLES = List.of(PlatformRole.TEACHER, PlatformRole.COURSE_TEAM_LEAD,
            PlatformRole.LIBRARY_ADMIN, PlatformRole.NATIONAL_ADMIN);

    @Inject
    private Caller caller;

    @Inject
    private ReviewSubjects subjects;

    @Inject
    private Accounts accounts;

    @Inject
    private ReviewEngine engine;

    @Inject
    private ReviewLevelRepository levels;

    @Inject
    private ReviewSubmissionRepository submissions;

    @Inject
    private ReviewRecordRepository records;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    /**
     * Sends the item (or its pending new version) into review through its library's levels; flagged sensitive words
     * travel with it for the reviewers. Audited as {@code REVIEW_SUBMIT}.
     *
     * @throws ReviewRefusedException {@code review.refused.blockedWords} naming the blocked words found, or
     *         {@code review.refused.alreadyInReview}
     */
    @Audited(action = "REVIEW_SUBMIT")
    public ReviewSubmissionView submit(String type, long itemId) {
        ReviewableVersion version = subjects.of(type).toSubmit(itemId);
        audited.on(scope(version.item()), target(version.item()));
        ScreeningResult screened = screening.screen(version.texts());
        if (screened.isBlocked()) {
            throw new ReviewRefusedException("review.refused.blockedWords", String.join("、", screened.blockedWords()));
        }
        UserAccount author = accounts.of(caller);
        ReviewSubmission submission = engine.submit(version, author, asAuthor(),
                levels.levelsOf(version.item().libraryId()), screened.flaggedWords());
        ReviewedItem item = submission.item();
        audited.done(scope(item), target(item), item.title());
        return view(submission);
    }

    /**
     * Sends several items into review, all or none (as deleting and moving several resources are).
     *
     * @throws ReviewRefusedException as {@link #submit} for the first item that cannot be sent; none is sent then
     */
    @Audited(action = "REVIEW_SUBMIT")
    public int submitAll(String type, List<Long> itemIds) {
        itemIds.forEach(id -> submit(type, id));
        return itemIds.size();
    }

    /**
     * The author withdraws the item's open submission. Audited as {@code REVIEW_WITHDRAW}.
     *
     * @throws ReviewRefusedException {@code review.refused.notInReview} when nothing of it is under review
     * @throws AccessDeniedException when the caller did not submit it
     */
    @Audited(action = "REVIEW_WITHDRAW")
    public ReviewSubmissionView withdraw(String type, long itemId) {
        ReviewSubjectType subject = subjects.of(type);
        long subjectId = subject.subjectIdOf(itemId);
        ReviewSubmission submission = submissions.latest(type, subjectId, ReviewSubmissionStatus.IN_REVIEW)
                .orElseThrow(() -> new ReviewRefusedException("review.refused.notInReview"));
        audited.on(scope(submission.item()), target(submission.item()));
        if (!caller.is(submission.getAuthor().getId())) {
            throw new AccessDeniedException(caller.username() + " did not submit " + target(submission.item()));
        }
        ReviewTask open = submissions.openTask(submission)
                .orElseThrow(() -> new ReviewRefusedException("review.refused.notInReview"));
        engine.withdraw(open, asAuthor());
        audited.detail(submission.item().title());
        return view(submission);
    }

    /** The caller's submissions, newest first, each with its steps. */
    public List<ReviewSubmissionView> mine() {
        List<ReviewSubmission> mine = submissions.byAuthor(caller.accountId(), MAX);
        Map<Long, List<ReviewRecord>> steps = records.ofSubmissions(mine.stream().map(ReviewSubmission::getId)
                .toList()).stream().collect(Collectors.groupingBy(ReviewRecord::getSubmissionId));
        return mine.stream().map(s -> view(s, steps.getOrDefault(s.getId(), List.of()))).toList();
    }

    private ReviewSubmissionView view(ReviewSubmission s) {
        return view(s, records.ofSubmissions(List.of(s.getId())));
    }

    static ReviewSubmissionView view(ReviewSubmission s, List<ReviewRecord> steps) {
        ReviewedItem item = s.item();
        return new ReviewSubmissionView(s.getId(), item.subjectType(), item.subjectId(), item.revisionId(),
                item.subjectVersion(), item.title(), s.getStatus().name(), s.getCurrentLevel(), s.levelCount(),
                s.getSubmittedAt(), s.getClosedAt(), ReviewSteps.of(steps));
    }

    /** The caller as an author: named by the first contributing role they hold (teacher, course-team lead …). */
    private ReviewActor asAuthor() {
        String role = AUTHOR_ROLES.stream().filter(caller::holds).map(PlatformRole::roleName).findFirst()
                .orElse("author");
        return new ReviewActor(caller.username(), caller.displayName(), role, caller.organisationName());
    }

    static String scope(ReviewedItem item) {
        return "library:" + item.libraryId();
    }

    static String target(ReviewedItem item) {
        return item.subjectType().toLowerCase(Locale.ROOT) + ":" + item.subjectId();
    }
}
