package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.exam.ExamPaper;
import org.ziyuanku.domain.exam.ExamStatus;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.exam.internal.AttemptGrading;
import org.ziyuanku.service.exam.internal.AttemptRepository;
import org.ziyuanku.service.exam.internal.ExamRepository;
import org.ziyuanku.service.exam.internal.PaperRepository;
import org.ziyuanku.service.exam.internal.QuestionUse;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * Exams (考试; issue 15 item 5) for a class or a whole offering, set by its teachers ({@link ExamAccess}) from a paper
 * of a library they work in: created as DRAFT, edited while DRAFT, then published. Publishing draws every enrolled
 * learner's paper in the background before the exam opens ({@link ExamPreparationService}). Its teachers read the
 * results; its learners see a published exam. A teacher may close a published exam early. The title is screened for sensitive words; changes are audited, and
 * refusals of reads too.
 */
@Stateless
@PermitAll
public class ExamService {

    public static final String CREATE = "EXAM_CREATE";
    public static final String UPDATE = "EXAM_UPDATE";
    public static final String PUBLISH = "EXAM_PUBLISH";
    public static final String CLOSE = "EXAM_CLOSE";
    static final String READ = "EXAM_READ";
    private static final int CLOSE_BATCH = 500;

    @Inject
    private Caller caller;

    @Inject
    private ExamAccess access;

    @Inject
    private QuestionAccess bank;

    @Inject
    private ExamRepository exams;

    @Inject
    private AttemptRepository attempts;

    @Inject
    private PaperRepository papers;

    @Inject
    private AttemptGrading grading;

    @Inject
    private QuestionUse use;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private Event<ExamPublished> published;

    @Inject
    private AuditedCall audited;

    /** Creates a DRAFT exam; answers its id. Audited as {@value #CREATE}. */
    @Audited(action = CREATE)
    public long create(ExamCommand command) {
        ExamCommand c = checked(command, caller.accountId());
        long id = exams.add(c, caller.accountId(), LocalDateTime.now());
        audited.on("offering:" + c.offeringId(), "exam:" + id);
        audited.detail(c.title());
        return id;
    }

    /** Changes a DRAFT exam (also its paper, offering or class). Audited as {@value #UPDATE}. */
    @Audited(action = UPDATE)
    public void update(@AuditTarget("exam:") long id, ExamCommand command) {
        ExamView exam = access.teacherExam(id, UPDATE);
        if (exam.status() != ExamStatus.DRAFT) {
            throw ExamRefusedException.conflict("exam.notDraft");
        }
        ExamCommand c = checked(command, exam.createdBy());
        if (!exams.update(id, c)) {
            throw ExamRefusedException.conflict("exam.notDraft");
        }
        audited.detail(c.title());
    }

    /**
     * Publishes a DRAFT exam; after the commit every enrolled learner's paper is drawn in the background. Audited as
     * {@value #PUBLISH}.
     */
    @Audited(action = PUBLISH)
    public void publish(@AuditTarget("exam:") long id) {
        ExamView exam = access.teacherExam(id, PUBLISH);
        papers.find(exam.paperId()).ifPresent(p -> use.refuseUnapproved(p, exam.createdBy()));
        if (!exams.publish(id)) {
            throw ExamRefusedException.conflict("exam.notDraft");
        }
        audited.detail(exam.title());
        published.fire(new ExamPublished(id));
    }

    /**
     * Closes a PUBLISHED exam early: from now on nobody starts it or saves an answer, and the attempts in progress
     * are submitted (AUTO) and graded at once, the deadline sweep's way. Audited as {@value #CLOSE}.
     *
     * @throws ExamRefusedException {@code exam.exam.notPublished} (409) for a draft or an exam already closed
     */
    @Audited(action = CLOSE)
    public void close(@AuditTarget("exam:") long id) {
        ExamView exam = access.staffExam(id, CLOSE);
        LocalDateTime now = LocalDateTime.now();
        if (!exams.close(id, now)) {
            throw ExamRefusedException.conflict("exam.notPublished");
        }
        attempts.endAttempts(id, now);
        int submitted = 0;
        int batch;
        do {
            batch = grading.submitDue(id, now.plusSeconds(1), CLOSE_BATCH);
            submitted += batch;
        } while (batch == CLOSE_BATCH);
        audited.detail(exam.title() + " (" + submitted + " attempts submitted)");
    }

    /** The exam, for its teachers or (published) its learners. */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public ExamView get(@AuditTarget("exam:") long id) {
        return access.visibleExam(id);
    }

    /** The offering's exams the caller teaches or (published) takes, newest first. */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public List<ExamView> list(@AuditTarget("offering:") long offeringId) {
        return exams.ofOffering(offeringId).stream().filter(e -> access.teaches(e.offeringId(), e.classId())
                || e.status() != ExamStatus.DRAFT && access.takes(e)).toList();
    }

    /** The exam's started attempts, for its teachers. */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public List<ExamResultView> results(@AuditTarget("exam:") long id) {
        access.teacherExam(id, READ);
        return attempts.results(id);
    }

    /**
     * The command checked for an exam set by {@code ownerId} for a class they teach: its paper may hold questions
     * not yet approved only when they are the owner's own ({@link QuestionUse}).
     */
    private ExamCommand checked(ExamCommand command, long ownerId) {
        ExamCommand c = ExamCommands.checked(command);
        audited.on("offering:" + c.offeringId(), "offering:" + c.offeringId());
        if (!access.teaches(c.offeringId(), c.classId())) {
            throw caller.denied(CREATE + " in offering " + c.offeringId());
        }
        ExamPaper paper = papers.find(c.paperId()).filter(p -> bank.worksIn(p.getLibraryId()))
                .orElseThrow(() -> ExamRefusedException.invalid("paper", c.paperId()));
        use.refuseUnapproved(paper, ownerId);
        screening.refuseBlocked(List.of(new ScreenedText("title", c.title())));
        return c;
    }
}
