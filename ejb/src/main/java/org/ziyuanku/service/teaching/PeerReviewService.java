package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.domain.teaching.GradingMode;
import org.ziyuanku.domain.teaching.PeerReview;
import org.ziyuanku.domain.teaching.RubricCriterion;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.system.PeerRotation;
import org.ziyuanku.service.teaching.internal.AssignmentAccess;
import org.ziyuanku.service.teaching.internal.AssignmentRepository;
import org.ziyuanku.service.teaching.internal.HomeworkScores;
import org.ziyuanku.service.teaching.internal.HomeworkViews;

/**
 * Peer grading (互评). After the due time the homework's teacher hands out the reviews: the submitters, shuffled,
 * each review the next N ({@link PeerRotation}), so nobody gets their own work and every submission gets exactly N
 * reviewers; it needs more than N submissions. Doing it again is idempotent: existing reviews stay, and only the
 * submissions that arrived since (late joiners) get N reviewers, from those already reviewing with the fewest
 * reviews; late joiners themselves review nobody. Reviewers see the work without its author, grade each criterion
 * (0 .. its points) and comment (screened). Every saved review recomputes the homework's peer scores: the median (or
 * mean) of the done reviews' totals, less the late penalty, less the no-review penalty while the author has not
 * finished the reviews they were given; an overridden score stays.
 */
@Stateless
@PermitAll
public class PeerReviewService {

    static final String ASSIGN = "PEER_REVIEW_ASSIGN";
    static final String REVIEW = "PEER_REVIEW_SUBMIT";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private AssignmentAccess access;

    @Inject
    private AssignmentRepository repository;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    /** Hands out the reviews (idempotent). @throws AssignmentRefusedException before the due time, too few (409) */
    @Audited(action = ASSIGN)
    public PeerAssignmentView assign(@AuditTarget("assignment:") long assignmentId) {
        access.teacher(assignmentId);
        Assignment a = repository.lock(assignmentId).orElseThrow(TeachingRefusedException::homeworkNotFound);
        if (a.getGrading() != GradingMode.PEER) {
            throw new AssignmentRefusedException(AssignmentRefusedException.NOT_PEER);
        }
        if (!a.isLate(LocalDateTime.now())) {
            throw new AssignmentRefusedException(AssignmentRefusedException.NOT_DUE);
        }
        List<AssignmentSubmission> submissions = repository.submissions(assignmentId);
        List<PeerReview> existing = repository.reviews(assignmentId);
        Map<Long, Long> submissionOf = submissions.stream().collect(Collectors.toMap(
                AssignmentSubmission::getLearnerId, AssignmentSubmission::getId));
        Map<Long, List<Long>> plan = existing.isEmpty() ? firstRound(a, submissions)
                : lateJoiners(a, submissions, existing);
        plan.forEach((author, reviewers) -> reviewers.forEach(r -> repository.add(
                new PeerReview(submissionOf.get(author), r))));
        a.peersAssigned(LocalDateTime.now());
        repository.flush();
        int created = plan.values().stream().mapToInt(List::size).sum();
        audited.detail("created=" + created);
        recompute(a);
        return new PeerAssignmentView(assignmentId, submissions.size(), created, existing.size() + created);
    }

    /** The reviews the caller owes for the homework, anonymous. */
    public List<PeerReviewTaskView> mine(long assignmentId) {
        Assignment a = access.learner(assignmentId);
        List<PeerReview> reviews = repository.reviewsBy(assignmentId, access.me());
        return reviews.stream().map(r -> task(a, r)).toList();
    }

    /** The caller's review: a score per criterion (0 .. its points) and a comment; saving again replaces it. */
    @Audited(action = REVIEW)
    public PeerReviewTaskView review(@AuditTarget("peer-review:") long reviewId, PeerReviewCommand command) {
        PeerReview review = repository.review(reviewId).orElseThrow(TeachingRefusedException::homeworkNotFound);
        AssignmentSubmission s = repository.submission(review.getSubmissionId())
                .orElseThrow(TeachingRefusedException::homeworkNotFound);
        if (review.getReviewerId() != access.me()) {
            throw TeachingRefusedException.concealedHomework();
        }
        Assignment a = access.learner(s.getAssignmentId());
        List<Integer> scores = scores(a.getRubric(), command.scores());
        String comment = command.comment() == null ? "" : command.comment().strip();
        if (comment.length() > AssignmentSubmission.MAX_COMMENT) {
            throw new AssignmentRefusedException("teaching.assignment.refused.comment",
                    Integer.toString(AssignmentSubmission.MAX_COMMENT));
        }
        if (!comment.isEmpty()) {
            screening.refuseBlocked(List.of(new ScreenedText("comment", comment)));
        }
        review.complete(scores, comment.isEmpty() ? null : comment);
        repository.flush();
        recompute(a);
        return task(a, review);
    }

    private Map<Long, List<Long>> firstRound(Assignment a, List<AssignmentSubmission> submissions) {
        if (submissions.size() <= a.getPeerCount()) {
            throw new AssignmentRefusedException(AssignmentRefusedException.TOO_FEW,
                    Integer.toString(a.getPeerCount() + 1), Integer.toString(submissions.size()));
        }
        List<Long> authors = new ArrayList<>(HomeworkViews.learners(submissions));
        Collections.sort(authors);
        Collections.shuffle(authors, RANDOM);
        return PeerRotation.rotate(authors, a.getPeerCount());
    }

    private Map<Long, List<Long>> lateJoiners(Assignment a, List<AssignmentSubmission> submissions,
            List<PeerReview> existing) {
        Set<Long> reviewed = existing.stream().map(PeerReview::getSubmissionId).collect(Collectors.toSet());
        List<Long> late = submissions.stream().filter(s -> !reviewed.contains(s.getId()))
                .map(AssignmentSubmission::getLearnerId).toList();
        Map<Long, Integer> load = new LinkedHashMap<>();
        existing.stream().map(PeerReview::getReviewerId).sorted().forEach(r -> load.merge(r, 1, Integer::sum));
        if (late.isEmpty()) {
            return Map.of();
        }
        if (load.size() < a.getPeerCount()) {
            throw new AssignmentRefusedException(AssignmentRefusedException.TOO_FEW,
                    Integer.toString(a.getPeerCount() + 1), Integer.toString(load.size()));
        }
        return PeerRotation.addLate(late, load, a.getPeerCount());
    }

    private void recompute(Assignment a) {
        List<PeerReview> reviews = repository.reviews(a.getId());
        Set<Long> unfinished = reviews.stream().filter(r -> !r.isDone()).map(PeerReview::getReviewerId)
                .collect(Collectors.toCollection(HashSet::new));
        Map<Long, List<Integer>> totals = reviews.stream().filter(PeerReview::isDone).collect(Collectors.groupingBy(
                PeerReview::getSubmissionId, Collectors.mapping(PeerReview::getTotal, Collectors.toList())));
        for (AssignmentSubmission s : repository.submissions(a.getId())) {
            s.peerScore(HomeworkScores.peer(a, totals.getOrDefault(s.getId(), List.of()), s.isLate(),
                    unfinished.contains(s.getLearnerId())));
        }
        repository.flush();
    }

    private static List<Integer> scores(List<RubricCriterion> rubric, List<Integer> scores) {
        if (scores == null || scores.size() != rubric.size()) {
            throw new AssignmentRefusedException("teaching.assignment.refused.scores", Integer.toString(rubric.size()));
        }
        for (int i = 0; i < scores.size(); i++) {
            Integer s = scores.get(i);
            if (s == null || s < 0 || s > rubric.get(i).getMaxPoints()) {
                throw new AssignmentRefusedException("teaching.assignment.refused.criterion", rubric.get(i).getTitle(),
                        Integer.toString(rubric.get(i).getMaxPoints()));
            }
        }
        return List.copyOf(scores);
    }

    private PeerReviewTaskView task(Assignment a, PeerReview r) {
        AssignmentSubmission s = repository.submission(r.getSubmissionId()).orElseThrow();
        return new PeerReviewTaskView(r.getId(), a.getId(), a.getTitle(), s.getText(),
                SubmissionFileService.neutralFiles(s.getFiles()),
                AssignmentService.rubric(a), r.getScores(), r.getComment(), r.getDoneAt());
    }

    static Map<Long, AssignmentSubmission> byId(List<AssignmentSubmission> submissions) {
        return submissions.stream().collect(Collectors.toMap(AssignmentSubmission::getId, Function.identity()));
    }
}
