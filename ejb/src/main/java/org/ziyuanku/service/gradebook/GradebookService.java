package org.ziyuanku.service.gradebook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.gradebook.GradeWeights;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.gradebook.internal.GradeRows;
import org.ziyuanku.service.gradebook.internal.GradebookRepository;
import org.ziyuanku.service.gradebook.internal.GradebookWorkbook;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.ClassProgressAccess;
import org.ziyuanku.service.learning.ClassStatisticsView;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * The class gradebook (成绩册; runs in the OIDC virtual security domain). The class's staff (teachers, assistants)
 * and the offering's owner see every ACTIVE learner's row and export them; an ACTIVE learner of the class sees only
 * their own row (asking for another learner's is 403); anyone else gets 404 — all refusals audited as denials. The
 * offering's staff set the weights (integers 0–100 summing to 100; 400 otherwise, 403 for its learners, 404 for
 * anyone else; a stale version 409).
 */
@Stateless
@PermitAll
public class GradebookService {

    static final String READ = "GRADEBOOK_READ";

    @Inject
    private Caller caller;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private ClassProgressAccess progress;

    @Inject
    private GradebookRepository repository;

    /** The class's gradebook as the caller may see it: every row for staff, the caller's own for a learner. */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public GradebookView gradebook(@AuditScope("class:") @AuditTarget("class:") long classId) {
        long offeringId = offeringOf(classId);
        boolean staff = isStaff(offeringId, classId);
        if (!staff && !isLearner(offeringId, classId)) {
            throw GradebookRefusedException.concealedDenial();
        }
        GradebookView all = read(classId, offeringId, staff);
        return staff ? all : new GradebookView(classId, all.className(), offeringId, all.offeringTitle(),
                all.weights(), all.rows().stream().filter(r -> caller.is(r.learnerId())).toList(), false);
    }

    /**
     * One learner's row: staff any learner of the class (404 for one not in it), a learner only their own (403).
     */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public LearnerGradeView learner(@AuditScope("class:") long classId, @AuditTarget("account:") long learnerId) {
        GradebookView view = gradebook(classId);
        if (!view.staff() && !caller.is(learnerId)) {
            throw caller.denied("see the grades of learner " + learnerId + " in class " + classId);
        }
        return view.rows().stream().filter(r -> r.learnerId() == learnerId).findFirst()
                .orElseThrow(GradebookRefusedException::notFound);
    }

    /** The caller's own row in the class (404 for anyone not an ACTIVE learner of it, staff included). */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public LearnerGradeView mine(@AuditScope("class:") @AuditTarget("class:") long classId) {
        return gradebook(classId).rows().stream().filter(r -> caller.is(r.learnerId())).findFirst()
                .orElseThrow(GradebookRefusedException::notFound);
    }

    /** The caller's own gradebook row in the offering, through their class (404 when not an ACTIVE learner of it). */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public GradebookView myGrades(@AuditScope("offering:") @AuditTarget("offering:") long offeringId) {
        Long account = caller.accountId();
        long classId = account == null ? -1 : teaching.classOfLearner(offeringId, account).orElse(-1L);
        if (classId < 0) {
            throw repository.offeringExists(offeringId) ? GradebookRefusedException.concealedDenial()
                    : GradebookRefusedException.notFound();
        }
        GradebookView all = read(classId, offeringId, false);
        return new GradebookView(classId, all.className(), offeringId, all.offeringTitle(), all.weights(),
                all.rows().stream().filter(r -> caller.is(r.learnerId())).toList(), false);
    }

    /** The gradebook as an .xlsx workbook with column titles in {@code locale}, for staff only; every export audited. */
    @Audited(action = "GRADEBOOK_EXPORT")
    public byte[] exportXlsx(@AuditScope("class:") @AuditTarget("class:") long classId, Locale locale) {
        long offeringId = offeringOf(classId);
        requireStaff(offeringId, classId);
        return GradebookWorkbook.of(read(classId, offeringId, true), locale);
    }

    /** The offering's weights (the defaults when none are set), for its staff and learners. */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public GradeWeightsView weights(@AuditScope("offering:") @AuditTarget("offering:") long offeringId) {
        if (!repository.offeringExists(offeringId)) {
            throw GradebookRefusedException.notFound();
        }
        Long account = caller.accountId();
        if (account == null || !mayManage(offeringId, account)
                && teaching.activeEnrolment(offeringId, account).isEmpty()) {
            throw GradebookRefusedException.concealedDenial();
        }
        return weightsOf(offeringId);
    }

    /**
     * Sets the offering's weights and participation target.
     *
     * @throws GradebookRefusedException a missing or negative weight, one over 100, a sum other than 100 or a target
     *         outside 1–1000 (400), a stale version (409), an offering the caller does not work in (404)
     * @throws org.ziyuanku.service.system.AccessDeniedException for a learner of the offering
     */
    @Audited(action = "GRADEBOOK_WEIGHTS")
    public GradeWeightsView saveWeights(@AuditScope("offering:") @AuditTarget("offering:") long offeringId,
            GradeWeightsCommand command) {
        if (!repository.offeringExists(offeringId)) {
            throw GradebookRefusedException.notFound();
        }
        Long account = caller.accountId();
        if (account == null || !mayManage(offeringId, account)) {
            if (account != null && teaching.activeEnrolment(offeringId, account).isPresent()) {
                throw caller.denied("set the grade weights of offering " + offeringId);
            }
            throw GradebookRefusedException.concealedDenial();
        }
        int[] weights = GradeWeightRules.checked(command);
        GradeWeights stored = repository.weightsForUpdate(offeringId);
        if (command.version() != null && command.version() != versionOf(stored)) {
            throw new GradebookRefusedException(GradebookRefusedException.STALE);
        }
        stored.change(weights, command.discussionTarget(), account);
        repository.save(stored);
        return view(stored);
    }

    /** The classes whose gradebook the caller may open as staff (teaches, assists, owns the offering). */
    public List<Long> staffClassIds(long offeringId) {
        Long account = caller.accountId();
        return account == null ? List.of() : teaching.visibleClassIds(offeringId, account);
    }

    private GradebookView read(long classId, long offeringId, boolean staff) {
        ClassStatisticsView figures = progress.progress(classId).orElseThrow(GradebookRefusedException::notFound);
        GradeWeightsView weights = weightsOf(offeringId);
        return new GradebookView(classId, figures.className(), offeringId, figures.offeringTitle(), weights,
                GradeRows.of(figures, weights, repository.homework(offeringId, classId),
                        repository.posts(offeringId, classId), repository.exams(offeringId, classId)), staff);
    }

    private GradeWeightsView weightsOf(long offeringId) {
        return repository.weights(offeringId).map(GradebookService::view)
                .orElseGet(() -> GradeWeightsView.defaultsOf(offeringId));
    }

    private static GradeWeightsView view(GradeWeights w) {
        return new GradeWeightsView(w.getOfferingId(), w.getProgress(), w.getHomework(), w.getDiscussion(),
                w.getExam(), w.getDiscussionTarget(), versionOf(w), false);
    }

    /** The version callers see: 0 for the defaults (no row), then the number of saves (the row's version + 1). */
    private static int versionOf(GradeWeights w) {
        return w.getUpdatedAt() == null ? 0 : w.getVersion() + 1;
    }

    private long offeringOf(long classId) {
        return repository.offeringOfClass(classId).orElseThrow(GradebookRefusedException::notFound);
    }

    private void requireStaff(long offeringId, long classId) {
        if (isStaff(offeringId, classId)) {
            return;
        }
        if (isLearner(offeringId, classId)) {
            throw caller.denied("export the gradebook of class " + classId);
        }
        throw GradebookRefusedException.concealedDenial();
    }

    private boolean isStaff(long offeringId, long classId) {
        Long account = caller.accountId();
        return account != null && teaching.visibleClassIds(offeringId, account).contains(classId);
    }

    private boolean isLearner(long offeringId, long classId) {
        Long account = caller.accountId();
        return account != null && teaching.classOfLearner(offeringId, account).filter(c -> c == classId).isPresent();
    }

    private boolean mayManage(long offeringId, long account) {
        return !teaching.visibleClassIds(offeringId, account).isEmpty();
    }
}
