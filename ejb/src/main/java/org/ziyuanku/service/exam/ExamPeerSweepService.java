package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ziyuanku.domain.audit.AuditFacts;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditTrailService;
import org.ziyuanku.service.exam.internal.ExamRepository;
import org.ziyuanku.service.exam.internal.PeerHandOut;
import org.ziyuanku.service.exam.internal.PeerShortNotice;
import org.ziyuanku.service.exam.internal.PeerTaskRepository;
import org.ziyuanku.service.exam.internal.PeerTaskRepository.Submitted;

/**
 * What the minute sweep ({@link AttemptDeadlineSweeper}, every node) does for exam peer grading (互评), one exam per
 * transaction so that one failing exam rolls back alone and the audit chain's lock is held only from an exam's record
 * to its commit. {@link #handOutDue}: the automatic hand-out of an exam whose window ended more than a minute ago,
 * claimed once (one node). {@link #catchUp}: under the exam's row lock, every submitted attempt of a handed-out exam
 * left without reviewers (a submit that raced the hand-out, a late one) gets them the late submitters' way
 * ({@link PeerHandOut#addLate}); one that cannot get N is marked, and its teachers told, once. Both are audited by the
 * actor "system": {@value ExamPeerGradingService#HAND_OUT} (SUCCESS with the counts, FAILURE with the reason) and
 * {@value #LATE} on the attempt (SUCCESS with the tasks added, FAILURE with the reviewers found).
 */
@Stateless
@PermitAll
public class ExamPeerSweepService {

    public static final String LATE = "EXAM_PEER_LATE";
    private static final int BATCH = 20;
    private static final Logger LOG = Logger.getLogger(ExamPeerSweepService.class.getName());

    @Inject
    private PeerTaskRepository tasks;

    @Inject
    private PeerHandOut handOuts;

    @Inject
    private ExamRepository exams;

    @Inject
    private PeerShortNotice notice;

    @Inject
    private AuditTrailService auditTrail;

    /** Exams with peer grading whose window ended more than a minute ago, not claimed yet (at most 20). */
    public List<Long> dueForHandOut() {
        return tasks.dueForHandOut(LocalDateTime.now().minusMinutes(1), BATCH);
    }

    /**
     * Claims the exam's automatic hand-out and hands it out when it can (too few submitters or nothing to grade: the
     * teacher grades or hands out later), in a transaction of its own. Whether this call handed it out.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean handOutDue(long examId) {
        if (!tasks.claimAutomatic(examId, LocalDateTime.now())) {
            return false;
        }
        try {
            PeerHandOutView view = handOuts.handOut(exams.find(examId).orElseThrow());
            record(AuditFacts.system(ExamPeerGradingService.HAND_OUT, "exam:" + examId, AuditOutcome.SUCCESS,
                    ExamPeerGradingService.counts(view)));
            return true;
        } catch (ExamRefusedException e) {
            LOG.log(Level.INFO, "exam {0}: peer grading not handed out ({1})", new Object[] {examId,
                e.getReasonKey()});
            record(AuditFacts.system(ExamPeerGradingService.HAND_OUT, "exam:" + examId, AuditOutcome.FAILURE,
                    e.getReasonKey()));
            return false;
        }
    }

    /** Handed-out exams with a submitted attempt left without reviewers (at most 20). */
    public List<Long> awaitingReviewers() {
        return tasks.awaitingReviewers(BATCH);
    }

    /**
     * Under the exam's row lock, in a transaction of its own: gives each of its submitted attempts left without
     * reviewers N of them ({@link PeerHandOut#addLate}); one with fewer than N others to review it is marked short
     * (once), audited FAILURE and its teachers told that it waits for them. Answers how many attempts got reviewers.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int catchUp(long examId) {
        ExamView exam = exams.find(examId).orElseThrow();
        int n = exam.peerReviewers();
        tasks.lockExam(examId);
        List<AuditFacts> records = new ArrayList<>();
        for (Submitted waiting : tasks.unreviewed(examId)) {
            String target = "attempt:" + waiting.attemptId();
            PeerHandOut.Late late = handOuts.addLate(exam, waiting.attemptId(), waiting.learnerId());
            if (late.tasks() > 0) {
                records.add(AuditFacts.system(LATE, target, AuditOutcome.SUCCESS, "exam:" + examId + ", "
                        + late.tasks() + " tasks, " + n + " reviewers"));
            } else if (late.shortOf(n) && tasks.markShort(waiting.attemptId(), LocalDateTime.now())) {
                records.add(AuditFacts.system(LATE, target, AuditOutcome.FAILURE, "exam:" + examId + ", "
                        + late.reviewers() + " of " + n + " reviewers: the teacher grades"));
                notice.tell(exam, waiting.learnerId(), late.reviewers());
            }
        }
        if (!records.isEmpty()) {
            auditTrail.recordWithin(records);
        }
        return (int) records.stream().filter(r -> r.outcome() == AuditOutcome.SUCCESS).count();
    }

    private void record(AuditFacts facts) {
        auditTrail.recordWithin(List.of(facts));
    }
}
