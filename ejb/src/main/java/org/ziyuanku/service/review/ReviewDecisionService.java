package org.ziyuanku.service.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.review.ReviewActor;
import org.ziyuanku.domain.review.ReviewDecision;
import org.ziyuanku.domain.review.ReviewSubmission;
import org.ziyuanku.domain.review.ReviewTask;
import org.ziyuanku.domain.review.ReviewedItem;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.review.internal.ReviewEngine;
import org.ziyuanku.service.review.internal.ReviewRecordRepository;
import org.ziyuanku.service.review.internal.ReviewSteps;
import org.ziyuanku.service.review.internal.ReviewSubjects;
import org.ziyuanku.service.review.internal.ReviewSubmissionRepository;
import org.ziyuanku.service.review.internal.ReviewerScopes;

/**
 * The reviewer's side of tiered review (分级审核; runs in the OIDC virtual security domain): the queue of open tasks
 * at the levels the caller's scoped roles admit, a task with its content to look at, and the decision. The rules that
 * cannot be broken are enforced here: a reviewer acts only within their scope, never on their own item, never on the
 * same version at two levels, only on the open task of the current level, and only on what was submitted.
 */
@Stateless
@PermitAll
public class ReviewDecisionService {

    /** The audit action of a refused look at the queue (a caller who reviews nothing). */
    public static final String QUEUE = "REVIEW_QUEUE";

    private static final int MAX_TEXT = 3000;

    @Inject
    private Caller caller;

    @Inject
    private ReviewSubmissionRepository submissions;

    @Inject
    private ReviewRecordRepository records;

    @Inject
    private ReviewSubjects subjects;

    @Inject
    private ReviewEngine engine;

    @Inject
    private Libraries libraries;

    @Inject
    private AuditedCall audited;

    /**
     * The open tasks the caller may decide, longest waiting first, with the query's filters.
     *
     * @throws AccessDeniedException when the caller reviews nothing at all (audited as DENIED)
     */
    @Audited(action = QUEUE, target = "review-queue", outcomes = AuditOutcome.DENIED)
    public List<ReviewTaskView> queue(ReviewQueueQuery query) {
        Map<Long, String> names = new HashMap<>();
        return submissions.openTasks(reviewer(), query).stream().map(t -> view(t, names)).toList();
    }

    /**
     * One page of {@link #queue(ReviewQueueQuery)} in two queries (the count, then the page): {@code size} is held to
     * 1..{@link ReviewQueueQuery#MAX}, and a page beyond the end is the last page.
     *
     * @throws AccessDeniedException when the caller reviews nothing at all (audited as DENIED)
     */
    @Audited(action = QUEUE, target = "review-queue", outcomes = AuditOutcome.DENIED)
    public ReviewTaskPage queuePage(ReviewQueueQuery query, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, ReviewQueueQuery.MAX));
        ReviewerScopes scopes = reviewer();
        long total = submissions.countOpenTasks(scopes, query);
        int last = (int) Math.max(0, (total - 1) / pageSize);
        int shown = Math.max(0, Math.min(page, last));
        Map<Long, String> names = new HashMap<>();
        List<ReviewTaskView> items = total == 0 ? List.of() : submissions.openTasks(scopes, query, shown * pageSize,
                pageSize).stream().map(t -> view(t, names)).toList();
        return new ReviewTaskPage(items, shown, pageSize, total);
    }

    /** How many open tasks the caller may decide, per level, lowest level first (the console home's overview). */
    public List<ReviewLevelCount> openTasksByLevel() {
        return submissions.countOpenTasksByLevel(ReviewerScopes.of(caller));
    }

    /**
     * The libraries the caller has open tasks in, by id with their names, for the queue's library filter.
     *
     * @throws AccessDeniedException when the caller reviews nothing at all (audited as DENIED)
     */
    @Audited(action = QUEUE, target = "review-queue", outcomes = AuditOutcome.DENIED)
    public Map<Long, String> queueLibraries() {
        Map<Long, String> names = new TreeMap<>();
        submissions.librariesWithOpenTasks(reviewer()).forEach(id -> names.put(id, libraryName(id)));
        return names;
    }

    /** One task the caller may decide, its texts with flagged words marked. @throws AccessDeniedException otherwise */
    @Audited(action = "REVIEW_VIEW", outcomes = AuditOutcome.DENIED)
    public ReviewTaskDetailView task(long taskId) {
        ReviewTask task = admitted(taskId);
        ReviewedItem item = task.getSubmission().item();
        ReviewSubjectType subject = subjects.of(item.subjectType());
        ReviewTaskView view = view(task, new HashMap<>());
        List<ReviewTaskDetailView.FieldText> texts = subject.current(item).texts().stream()
                .map(t -> new ReviewTaskDetailView.FieldText(t.field(), SensitiveWordScreening.highlight(
                        t.text().length() > MAX_TEXT ? t.text().substring(0, MAX_TEXT) + "…" : t.text(),
                        view.flaggedWords()))).toList();
        return new ReviewTaskDetailView(view, subject.preview(item), texts);
    }

    /** The content (or its converted preview) of the version a task is about, for the caller to look at. */
    @Audited(action = "REVIEW_VIEW", outcomes = AuditOutcome.DENIED)
    public SubjectContent content(long taskId, boolean converted) {
        ReviewSubmission submission = admitted(taskId).getSubmission();
        return subjects.of(submission.item().subjectType()).content(submission.item(), converted);
    }

    /**
     * Decides the task. Audited as {@code REVIEW_APPROVE} or {@code REVIEW_REJECT}.
     *
     * @throws AccessDeniedException when the caller is not one of the level's reviewers (audited as DENIED)
     * @throws ReviewRefusedException {@code ownItem}, {@code secondLevel}, {@code alreadyDecided} (also when another
     *         reviewer decided a moment earlier), {@code stale} (the item or its hash changed), {@code reasonRequired}
     */
    @Audited(action = "REVIEW_DECIDE")
    public ReviewDecisionView decide(DecideReviewCommand command) {
        ReviewTask task = admitted(command.taskId());
        ReviewSubmission submission = task.getSubmission();
        ReviewedItem item = submission.item();
        if (caller.is(item.ownerId()) || caller.is(submission.getAuthor().getId())) {
            throw new ReviewRefusedException("review.refused.ownItem");
        }
        if (!task.isOpen() || command.taskVersion() != null && command.taskVersion() != task.getVersion()) {
            throw new ReviewRefusedException("review.refused.alreadyDecided");
        }
        if (command.metadataSha256() != null && !command.metadataSha256().equals(item.metadataSha256())
                || !subjects.of(item.subjectType()).current(item).item().sameContentAs(item)) {
            throw new ReviewRefusedException("review.refused.stale");
        }
        if (records.levelsDecidedBy(caller.username(), item.subjectType(), item.subjectId(), item.subjectVersion())
                .stream().anyMatch(level -> level != task.getLevelNo())) {
            throw new ReviewRefusedException("review.refused.secondLevel");
        }
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().strip();
        ReviewActor actor = new ReviewActor(caller.username(), caller.displayName(), task.getRule().role().roleName(),
                caller.organisationName());
        if (command.decision() == ReviewDecision.APPROVE) {
            engine.approve(task, actor, comment);
        } else {
            String reasons = ReviewSteps.encode(command.fieldReasons());
            if (comment == null && reasons == null) {
                throw new ReviewRefusedException("review.refused.reasonRequired");
            }
            engine.reject(task, actor, comment, reasons);
        }
        audited.action(command.decision() == ReviewDecision.APPROVE ? "REVIEW_APPROVE" : "REVIEW_REJECT");
        audited.detail("level " + task.getLevelNo());
        return new ReviewDecisionView(submission.getId(), submission.getStatus().name(), submission.getCurrentLevel(),
                submission.levelCount());
    }

    private ReviewTask admitted(long taskId) {
        ReviewTask task = submissions.task(taskId)
                .orElseThrow(() -> new ReviewRefusedException("review.refused.noTask", String.valueOf(taskId)));
        ReviewedItem item = task.getSubmission().item();
        audited.on(ReviewSubmissionService.scope(item), ReviewSubmissionService.target(item));
        if (!ReviewerScopes.of(caller).admits(task)) {
            throw new AccessDeniedException(caller.username() + " does not review level "
                    + task.getLevelNo() + " of submission " + task.getSubmission().getId());
        }
        return task;
    }

    private String libraryName(long id) {
        ResourceLibrary library = libraries.find(id);
        return library == null ? "" : library.getName();
    }

    private ReviewTaskView view(ReviewTask t, Map<Long, String> libraryNames) {
        ReviewSubmission s = t.getSubmission();
        ReviewedItem item = s.item();
        String library = libraryNames.computeIfAbsent(item.libraryId(), this::libraryName);
        UserAccount author = s.getAuthor();
        List<String> flagged = s.getFlaggedWords() == null ? List.of() : Arrays.asList(s.getFlaggedWords().split("、"));
        return new ReviewTaskView(t.getId(), t.getVersion(), t.getLevelNo(), s.levelCount(), t.getRule().name(),
                s.getId(), item.subjectType(), item.subjectId(), item.revisionId(), item.subjectVersion(), item.title(),
                item.kind(), item.course(), item.libraryId(), library, author.getDisplayName(),
                author.getOrganisation() == null ? null : author.getOrganisation().getName(), t.getOpenedAt(),
                Duration.between(t.getOpenedAt(), LocalDateTime.now()).toHours(), item.contentSha256(),
                item.metadataSha256(), flagged, t.isOpen());
    }

    /** The caller's reviewer scopes; a caller with none may not look at a queue at all. */
    private ReviewerScopes reviewer() {
        ReviewerScopes scopes = ReviewerScopes.of(caller);
        if (scopes.isEmpty()) {
            throw caller.denied("review");
        }
        return scopes;
    }
}
