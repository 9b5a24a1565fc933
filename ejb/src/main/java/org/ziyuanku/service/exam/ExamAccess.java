package org.ziyuanku.service.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.exam.ExamStatus;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.exam.internal.ExamRepository;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.TeachingAccess;
import org.ziyuanku.service.teaching.TeachingRefusedException;

/**
 * Who may do what with an exam, for the request's {@link Caller}. Its teachers: the owner of the offering, and for an
 * exam of one class that class's TEACHERs (an exam of the whole offering: a TEACHER of any of its classes); they set,
 * publish, read results and grade (anyone else is refused, 403, audited DENIED). Its learners: those with an ACTIVE
 * enrolment in its class (any class of the offering when it has none); they see it once published. To anybody else an
 * exam is not found (404). The backing
 * exam of a self-test ({@link SelfTestService}) is not found for teachers nor through {@link #visibleExam}: only its
 * learners' attempts reach it ({@link #learnerExam}).
 */
@ApplicationScoped
public class ExamAccess {

    @Inject
    private Caller caller;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private ExamRepository exams;

    @Inject
    private AuditedCall audited;

    /** Whether the caller teaches the class of the offering (null: the offering as a whole). */
    public boolean teaches(long offeringId, Long classId) {
        Long account = caller.accountId();
        if (account == null) {
            return false;
        }
        if (teaching.ownsOffering(offeringId, account)) {
            return true;
        }
        if (classId != null) {
            return teaching.visibleClassIds(offeringId, account).contains(classId)
                    && teaching.teachesClass(classId, account);
        }
        return teaching.visibleClassIds(offeringId, account).stream().anyMatch(c -> teaching.teachesClass(c, account));
    }

    /** Whether the caller may take the exam: an ACTIVE enrolment in its class (or offering). */
    public boolean takes(ExamView exam) {
        Long account = caller.accountId();
        return account != null && teaching.classOfLearner(exam.offeringId(), account)
                .filter(c -> exam.classId() == null || exam.classId().equals(c)).isPresent();
    }

    /**
     * The caller's class in the offering, where they have an ACTIVE enrolment. @throws TeachingRefusedException not
     * found (404, audited as a denial) for anybody else
     */
    public long learnerClass(long offeringId) {
        return Optional.ofNullable(caller.accountId()).flatMap(account -> teaching.classOfLearner(offeringId, account))
                .orElseThrow(TeachingRefusedException::concealedDenial);
    }

    /** The exam, for one of its teachers. @throws ExamRefusedException not found; 403 for anyone else */
    public ExamView teacherExam(long examId, String action) {
        return teacherExam(examId, action, "exam:" + examId);
    }

    /** The exam, for one of its teachers, audited on the target (an attempt of it). */
    public ExamView teacherExam(long examId, String action, String target) {
        ExamView exam = exams.findExam(examId).orElseThrow(() -> ExamRefusedException.examNotFound(examId));
        audited.on("offering:" + exam.offeringId(), target);
        if (!teaches(exam.offeringId(), exam.classId())) {
            throw caller.denied(action + " exam " + examId);
        }
        return exam;
    }

    /**
     * The exam, for one of its teachers; its learners and the offering's other teachers are refused (403), to anybody
     * else (another school) it is not found (404).
     */
    public ExamView staffExam(long examId, String action) {
        ExamView exam = exams.findExam(examId).orElseThrow(() -> ExamRefusedException.examNotFound(examId));
        audited.on("offering:" + exam.offeringId(), "exam:" + examId);
        if (teaches(exam.offeringId(), exam.classId())) {
            return exam;
        }
        if (takes(exam) || teaches(exam.offeringId(), null)) {
            throw caller.denied(action + " exam " + examId);
        }
        throw ExamRefusedException.examNotFound(examId);
    }

    /** The exam for its teachers, or published for its learners. @throws ExamRefusedException not found otherwise */
    public ExamView visibleExam(long examId) {
        ExamView exam = exams.findExam(examId).orElseThrow(() -> ExamRefusedException.examNotFound(examId));
        if (teaches(exam.offeringId(), exam.classId())
                || exam.status() != ExamStatus.DRAFT && takes(exam)) {
            return exam;
        }
        throw ExamRefusedException.examNotFound(examId);
    }

    /**
     * The published (or closed: refused with its own message) exam the caller may take. @throws ExamRefusedException
     * not found otherwise
     */
    public ExamView learnerExam(long examId) {
        ExamView exam = exams.find(examId).filter(e -> e.status() != ExamStatus.DRAFT).filter(this::takes)
                .orElseThrow(() -> ExamRefusedException.examNotFound(examId));
        audited.on("offering:" + exam.offeringId(), "exam:" + examId);
        return exam;
    }
}
