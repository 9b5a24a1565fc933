package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.AssignmentStatus;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.domain.teaching.GradingMode;
import org.ziyuanku.domain.teaching.LatePolicy;
import org.ziyuanku.domain.teaching.SubmissionFile;
import org.ziyuanku.domain.teaching.SubmissionKinds;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.teaching.internal.AssignmentAccess;
import org.ziyuanku.service.teaching.internal.AssignmentRepository;
import org.ziyuanku.service.teaching.internal.GroupSubmissions;
import org.ziyuanku.service.teaching.internal.HomeworkScores;
import org.ziyuanku.service.teaching.internal.HomeworkViews;
import org.ziyuanku.service.teaching.internal.SubmissionFiles;

/**
 * Submitting homework and grading it by hand. A learner it is for submits text and/or files (per the homework's
 * kinds) once it is published and open, and resubmits until the due time; after it, a first submission is refused or
 * accepted as late per the late policy, a resubmission is refused. Text passes the sensitive-word screen; files pass
 * the resource upload's content inspection. Staff of the learner's class grade (score ≤ max, comment) on the version
 * they saw: a grade over a newer state (another teacher's grade, a resubmission) is refused with a message, so
 * nobody's comment is lost; a peer-graded homework takes no manual grade (the next review would replace it), only an
 * override. The homework's teachers override the final score. For group work (分组任务) any member submits and
 * resubmits the one submission of their group, which is graded once; each (re)submission counts for the group's
 * members at that moment, so a learner moved to another group afterwards keeps its score.
 */
@Stateless
@PermitAll
public class SubmissionService {

    static final String SUBMIT = "ASSIGNMENT_SUBMIT";
    static final String GRADE = "ASSIGNMENT_GRADE";
    static final String OVERRIDE = "ASSIGNMENT_OVERRIDE";
    static final int MAX_FILES = 5;

    @Inject
    private AssignmentAccess access;

    @Inject
    private AssignmentRepository repository;

    @Inject
    private SubmissionFiles files;

    @Inject
    private HomeworkViews views;

    @Inject
    private GroupSubmissions groups;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    /** Submits or resubmits the caller's work. @throws AssignmentRefusedException for a broken rule */
    @Audited(action = SUBMIT)
    public SubmissionView submit(@AuditTarget("assignment:") long assignmentId, SubmissionCommand command) {
        Assignment a = access.learner(assignmentId);
        long me = access.me();
        LocalDateTime now = LocalDateTime.now();
        AssignmentSubmission submission = a.isGroupWork() ? groups.forSubmit(a, me)
                : repository.submissionOf(assignmentId, me).orElseGet(() -> new AssignmentSubmission(assignmentId, me));
        refuseOutsideWindow(a, now, submission.getId() != null);
        String text = text(a, command);
        if (!text.isEmpty()) {
            screening.refuseBlocked(List.of(new ScreenedText("text", text)));
        }
        List<SubmissionFile> kept = command.files().stream().map(files::keep).toList();
        submission.submit(text.isEmpty() ? null : text, kept, now, a.isLate(now));
        if (submission.getId() == null) {
            repository.add(submission);
        }
        flushSubmission();
        if (submission.getGroupId() != null) {
            groups.credit(submission);
        }
        audited.detail("submission=" + submission.getId() + " files=" + kept.size()
                + (submission.isLate() ? " late" : ""));
        return views.forLearner(a, submission, me);
    }

    /**
     * The caller's own submission with its grade and reviews received (anonymous); for group work the group submission
     * that counts for them, with their own score (the group's + their adjustment).
     */
    public SubmissionView mine(long assignmentId) {
        Assignment a = access.learner(assignmentId);
        return (a.isGroupWork() ? groups.mine(a, access.me()) : repository.submissionOf(assignmentId, access.me()))
                .map(s -> views.forLearner(a, s, access.me()))
                .orElseThrow(() -> new AssignmentRefusedException(AssignmentRefusedException.NO_SUBMISSION));
    }

    /** The homework's submissions, for its staff (learners 403). */
    public List<SubmissionView> submissions(long assignmentId) {
        Assignment a = access.staff(assignmentId);
        List<Long> classes = access.staffClasses(a.getOfferingId());
        List<AssignmentSubmission> visible = repository.submissions(assignmentId).stream().filter(s ->
                access.classOfLearner(a.getOfferingId(), s.getLearnerId()).map(classes::contains).orElse(true))
                .toList();
        return views.forStaff(assignmentId, visible);
    }

    /** A teacher's score and comment on the version they saw. */
    @Audited(action = GRADE)
    public SubmissionView grade(@AuditTarget("submission:") long submissionId, GradeCommand command) {
        AssignmentSubmission s = access.staffSubmission(submissionId, "grade");
        Assignment a = repository.find(s.getAssignmentId()).orElseThrow(TeachingRefusedException::homeworkNotFound);
        if (a.getGrading() == GradingMode.PEER) {
            throw new AssignmentRefusedException(AssignmentRefusedException.PEER_GRADED);
        }
        BigDecimal score = score(command.score(), a.getMaxPoints());
        String comment = comment(command.comment());
        checkVersion(s, command.version());
        s.grade(score, comment, access.me(), HomeworkScores.manual(a, score, s.isLate()));
        flush(s);
        audited.detail("score=" + score.toPlainString());
        return views.forStaff(a.getId(), List.of(s)).get(0);
    }

    /** The homework's teacher sets the final score, whatever the peers or the grade said. */
    @Audited(action = OVERRIDE)
    public SubmissionView override(@AuditTarget("submission:") long submissionId, GradeCommand command) {
        AssignmentSubmission s = access.staffSubmission(submissionId, "grade");
        Assignment a = access.teacher(s.getAssignmentId());
        BigDecimal score = score(command.score(), a.getMaxPoints());
        String comment = command.comment() == null ? null : comment(command.comment());
        checkVersion(s, command.version());
        s.override(score, comment, access.me());
        flush(s);
        audited.detail("final=" + score.toPlainString());
        return views.forStaff(a.getId(), List.of(s)).get(0);
    }

    /** A concurrent grade committed between our read and our write is refused like a stale version. */
    private void flush(AssignmentSubmission s) {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            throw new AssignmentRefusedException(AssignmentRefusedException.STALE_GRADE, "-");
        }
    }

    /** Two members of a group submitting its first version at once: the second is refused, not a second copy. */
    private void flushSubmission() {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            throw new GroupRefusedException(GroupRefusedException.STALE);
        }
    }

    private static void checkVersion(AssignmentSubmission s, Integer version) {
        if (version == null) {
            throw new AssignmentRefusedException("teaching.assignment.refused.version");
        }
        if (version != s.getVersion()) {
            throw new AssignmentRefusedException(AssignmentRefusedException.STALE_GRADE,
                    s.getTeacherScore() == null ? "-" : s.getTeacherScore().toPlainString());
        }
    }

    private static void refuseOutsideWindow(Assignment a, LocalDateTime now, boolean resubmission) {
        if (a.getStatus() != AssignmentStatus.PUBLISHED || now.isBefore(a.getOpensAt())) {
            throw new AssignmentRefusedException(AssignmentRefusedException.NOT_OPEN);
        }
        if (a.isLate(now) && (resubmission || a.getLatePolicy() == LatePolicy.REFUSE)) {
            throw new AssignmentRefusedException(AssignmentRefusedException.PAST_DUE);
        }
    }

    private static String text(Assignment a, SubmissionCommand command) {
        String text = command.text() == null ? "" : command.text().strip();
        int fileCount = command.files().size();
        if (text.length() > AssignmentSubmission.MAX_TEXT || fileCount > MAX_FILES
                || a.getKinds() == SubmissionKinds.TEXT && (text.isEmpty() || fileCount > 0)
                || a.getKinds() == SubmissionKinds.FILE && fileCount == 0
                || a.getKinds() == SubmissionKinds.BOTH && text.isEmpty() && fileCount == 0) {
            throw new AssignmentRefusedException("teaching.assignment.refused.content." + a.getKinds().name()
                    .toLowerCase(Locale.ROOT), Integer.toString(AssignmentSubmission.MAX_TEXT),
                    Integer.toString(MAX_FILES));
        }
        return text;
    }

    static BigDecimal score(BigDecimal score, int max) {
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(max)) > 0 || score.scale() > 2) {
            throw new AssignmentRefusedException("teaching.assignment.refused.score", Integer.toString(max));
        }
        return score;
    }

    private String comment(String comment) {
        String c = comment == null ? "" : comment.strip();
        if (c.length() > AssignmentSubmission.MAX_COMMENT) {
            throw new AssignmentRefusedException("teaching.assignment.refused.comment",
                    Integer.toString(AssignmentSubmission.MAX_COMMENT));
        }
        if (!c.isEmpty()) {
            screening.refuseBlocked(List.of(new ScreenedText("comment", c)));
        }
        return c.isEmpty() ? null : c;
    }
}
