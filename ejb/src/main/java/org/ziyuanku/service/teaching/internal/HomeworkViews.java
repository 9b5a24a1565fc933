package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.domain.teaching.PeerReview;
import org.ziyuanku.domain.teaching.SubmissionFile;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.teaching.SubmissionFileView;
import org.ziyuanku.service.teaching.SubmissionView;

/**
 * Submissions as staff see them (with the learner, the peers' totals and the learner's own review progress) and as
 * their learner sees them (the reviews received, without reviewers).
 */
@ApplicationScoped
public class HomeworkViews {

    @Inject
    private AssignmentRepository repository;

    @Inject
    private Accounts accounts;

    @Inject
    private GroupSubmissions groups;

    @Inject
    private AnnotationRepository annotations;

    /** The homework's submissions for its staff, in submission order. */
    public List<SubmissionView> forStaff(long assignmentId, List<AssignmentSubmission> submissions) {
        List<PeerReview> reviews = repository.reviews(assignmentId);
        Map<Long, UserAccount> people = accounts.byId(submissions.stream().map(AssignmentSubmission::getLearnerId)
                .collect(Collectors.toSet()));
        Map<Long, String> groupNames = groups.groupNames(submissions);
        Map<Long, SubmissionFile> annotated = annotations.annotations(assignmentId);
        return submissions.stream().map(s -> {
            UserAccount learner = people.get(s.getLearnerId());
            List<Integer> totals = reviews.stream().filter(r -> r.getSubmissionId() == s.getId() && r.isDone())
                    .map(PeerReview::getTotal).toList();
            List<PeerReview> given = reviews.stream().filter(r -> r.getReviewerId() == s.getLearnerId()).toList();
            return new SubmissionView(s.getId(), s.getAssignmentId(), s.getLearnerId(),
                    learner == null ? "" : learner.getUsername(), learner == null ? "" : learner.getDisplayName(),
                    s.getText(), files(s.getFiles()), s.getSubmittedAt(), s.isLate(), s.getResubmissions(),
                    s.getTeacherScore(), s.getTeacherComment(), s.getFinalScore(), s.isOverridden(), totals,
                    (int) given.stream().filter(PeerReview::isDone).count(), given.size(), List.of(), s.getVersion(),
                    s.getGroupId() == null ? null : groupNames.get(s.getGroupId()), null, file(annotated.get(s.getId())));
        }).toList();
    }

    /**
     * The learner's own submission with the reviews it received (anonymous) and their own review progress; for group
     * work with the group's name and score and the learner's own score.
     */
    public SubmissionView forLearner(Assignment a, AssignmentSubmission s, long learnerId) {
        boolean group = s.getGroupId() != null;
        List<PeerReview> given = repository.reviewsBy(s.getAssignmentId(), s.getLearnerId());
        List<SubmissionView.ReceivedReview> received = repository.reviewsOf(s.getId()).stream()
                .map(r -> new SubmissionView.ReceivedReview(r.getScores(), r.getTotal(), r.getComment(), r.isDone()))
                .toList();
        List<Integer> totals = received.stream().filter(SubmissionView.ReceivedReview::done)
                .map(SubmissionView.ReceivedReview::total).toList();
        return new SubmissionView(s.getId(), s.getAssignmentId(), null, null, null, s.getText(), files(s.getFiles()),
                s.getSubmittedAt(), s.isLate(), s.getResubmissions(), s.getTeacherScore(), s.getTeacherComment(),
                group ? groups.memberScore(a, s, learnerId) : s.getFinalScore(), s.isOverridden(), totals,
                (int) given.stream().filter(PeerReview::isDone).count(), given.size(), received, s.getVersion(),
                group ? groups.groupNames(List.of(s)).get(s.getGroupId()) : null, group ? s.getFinalScore() : null,
                file(annotations.annotation(s.getId()).orElse(null)));
    }

    private static SubmissionFileView file(SubmissionFile f) {
        return f == null ? null : new SubmissionFileView(f.getFilename(), f.getMediaType(), f.getSizeBytes(),
                f.getBlobSha256());
    }

    /** The files as shown. */
    public static List<SubmissionFileView> files(List<SubmissionFile> files) {
        return files.stream().map(f -> new SubmissionFileView(f.getFilename(), f.getMediaType(), f.getSizeBytes(),
                f.getBlobSha256())).toList();
    }

    /** The learners with a submission. */
    public static Set<Long> learners(List<AssignmentSubmission> submissions) {
        return submissions.stream().map(AssignmentSubmission::getLearnerId).collect(Collectors.toSet());
    }
}
