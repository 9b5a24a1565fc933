package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.course.CourseItemKind;
import org.ziyuanku.domain.exam.ExamPaper;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.course.CourseItems;
import org.ziyuanku.service.exam.internal.PaperRepository;
import org.ziyuanku.service.exam.internal.QuestionUse;
import org.ziyuanku.service.exam.internal.SelfTestRepository;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * Self-tests (自测, issue 15 item 4): a course item of kind SELF_TEST whose paper (fixed or random) the course team
 * sets from a library they work in. In an offering its learners (an ACTIVE enrolment) practise any time: each start
 * after a submitted attempt draws a new paper through the exam attempt engine ({@link AttemptService}) on the item's
 * backing exam (always open, no limit of attempts, answers and analysis shown at once after submitting); saving and
 * submitting are the attempt endpoints'. The best and the last score are kept per learner; the offering's teachers
 * read every learner's. Practice attempts are not exams: they are not listed, graded by hand nor counted in the
 * gradebook. To anybody else an item is not found (404); changes are audited, and refusals of reads too.
 */
@Stateless
@PermitAll
public class SelfTestService {

    public static final String SET = "SELF_TEST_SET";
    public static final String START = "SELF_TEST_START";
    static final String READ = "SELF_TEST_READ";

    @Inject
    private Caller caller;

    @Inject
    private CourseItems items;

    @Inject
    private QuestionAccess bank;

    @Inject
    private ExamAccess exams;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private PaperRepository papers;

    @Inject
    private SelfTestRepository selfTests;

    @Inject
    private QuestionUse use;

    @Inject
    private AttemptStarter starter;

    @Inject
    private AuditedCall audited;

    /**
     * Sets the paper of the course's self-test item (for every offering of the course from now on; an attempt in
     * progress keeps its paper). Audited as {@value #SET}.
     *
     * @throws ExamRefusedException {@code exam.exam.invalid.paper} (400) for a paper of a library the caller does not
     *         work in; {@code exam.exam.invalid.unapproved} / {@code notEnoughApproved} for a paper that is not of
     *         approved questions only (a self-test serves every offering of the course)
     */
    @Audited(action = SET)
    public void setPaper(@AuditTarget("course-node:") long courseNodeId, long paperId) {
        CourseItems.Item item = items.teamItem(courseNodeId, CourseItemKind.SELF_TEST, SET);
        audited.on("course:" + item.courseId(), "course-node:" + courseNodeId);
        ExamPaper paper = papers.find(paperId).filter(p -> bank.worksIn(p.getLibraryId()))
                .orElseThrow(() -> ExamRefusedException.invalid("paper", paperId));
        use.refuseUnapproved(paper, null);
        selfTests.setPaper(item.nodeKey(), paperId, caller.accountId(), LocalDateTime.now());
        audited.detail("paper:" + paperId);
    }

    /**
     * Sets the paper of a SELF_TEST item added locally to one offering, for the offering's teachers (its learners
     * 403, anybody else 404). Audited as {@value #SET}.
     *
     * @throws ExamRefusedException {@code exam.selfTest.courseItem} (409) for an item from the course (its team sets
     *         the paper); {@code exam.exam.invalid.paper} (400) for a paper of a library the caller does not work in
     */
    @Audited(action = SET)
    public void setOfferingPaper(@AuditTarget("offering-node:") long itemId, long paperId) {
        SelfTestRepository.Item item = teacherItem(itemId, SET);
        if (item.originKey() != null) {
            throw ExamRefusedException.conflict("selfTest.courseItem");
        }
        boolean usable = papers.find(paperId).filter(p -> bank.worksIn(p.getLibraryId())).isPresent();
        if (!usable) {
            throw ExamRefusedException.invalid("paper", paperId);
        }
        selfTests.setLocalPaper(itemId, paperId, caller.accountId(), LocalDateTime.now());
        audited.detail("paper:" + paperId);
    }

    /**
     * The offering's self-test item for one of its teachers, to set its paper (console/teaching/self-test.xhtml).
     *
     * @throws ExamRefusedException not found (404) for a caller who neither teaches, learns in the offering nor is a
     *         teacher; AccessDeniedException (403, audited) for its learners and teachers of other offerings
     */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public OfferingSelfTestView offeringSelfTest(@AuditTarget("offering-node:") long itemId) {
        SelfTestRepository.Item item = teacherItem(itemId, READ);
        return new OfferingSelfTestView(item.nodeId(), item.offeringId(), item.title(), item.paperId(),
                item.originKey() != null, selfTests.libraryOf(item.offeringId()));
    }

    /** The paper of the course's self-test item, for its team; null when none is set. */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public Long paperOf(@AuditTarget("course-node:") long courseNodeId) {
        CourseItems.Item item = items.teamItem(courseNodeId, CourseItemKind.SELF_TEST, READ);
        return selfTests.paperOf(item.nodeKey()).orElse(null);
    }

    /**
     * Starts a new attempt at the offering's self-test item (a newly drawn paper), or answers the one in progress.
     * Audited as {@value #START}, once (the attempt engine's start runs inside this call, not as an audited call).
     *
     * @throws ExamRefusedException not found (404) for a learner not enrolled or an item that is no visible
     *         self-test; {@code exam.selfTest.noPaper} (409) while the course team has set no paper
     */
    @Audited(action = START)
    public AttemptView start(@AuditTarget("offering-node:") long itemId) {
        SelfTestRepository.Item item = learnerItem(itemId);
        if (item.paperId() == null) {
            throw ExamRefusedException.conflict("selfTest.noPaper");
        }
        long exam = selfTests.backingExam(item, item.paperId(), caller.accountId(), LocalDateTime.now());
        AttemptView started = starter.start(exam);
        audited.on("offering:" + item.offeringId(), "offering-node:" + itemId);
        audited.detail("attempt:" + started.id());
        return started;
    }

    /** The caller's best and last score at the offering's self-test item. @throws ExamRefusedException as start */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public SelfTestScores scores(@AuditTarget("offering-node:") long itemId) {
        return selfTests.scores(learnerItem(itemId), caller.accountId());
    }

    /**
     * Every learner's record at the offering's self-test item, for the offering's teachers (its learners are refused,
     * 403; anybody else: not found).
     */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public List<SelfTestScores> learners(@AuditTarget("offering-node:") long itemId) {
        return selfTests.allScores(teacherItem(itemId, READ));
    }

    /**
     * The offering's self-test item for one of its teachers; its learners and teachers of other offerings are refused
     * (403), anybody else 404.
     */
    private SelfTestRepository.Item teacherItem(long itemId, String action) {
        SelfTestRepository.Item item = selfTests.item(itemId).orElseThrow(() -> notFound(itemId));
        audited.on("offering:" + item.offeringId(), "offering-node:" + itemId);
        if (!exams.teaches(item.offeringId(), null)) {
            if (enrolled(item) || caller.holds(PlatformRole.TEACHER)) {
                throw caller.denied(action + " self-test " + itemId);
            }
            throw notFound(itemId);
        }
        return item;
    }

    /** The offering item of an attempt's exam when it is a self-test (the way back from the attempt's page). */
    public Optional<ItemRef> itemOfExam(long examId) {
        return selfTests.itemOfExam(examId).map(i -> new ItemRef(i.offeringId(), i.itemId()));
    }

    /** A self-test item of an offering. */
    public record ItemRef(long offeringId, long itemId) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    private SelfTestRepository.Item learnerItem(long itemId) {
        SelfTestRepository.Item item = selfTests.item(itemId).filter(this::enrolled)
                .orElseThrow(() -> notFound(itemId));
        audited.on("offering:" + item.offeringId(), "offering-node:" + itemId);
        return item;
    }

    private boolean enrolled(SelfTestRepository.Item item) {
        Long account = caller.accountId();
        return account != null && teaching.classOfLearner(item.offeringId(), account).isPresent();
    }

    private static ExamRefusedException notFound(long itemId) {
        return new ExamRefusedException(ExamRefusedException.Kind.NOT_FOUND, "exam.selfTest.notFound",
                Long.toString(itemId));
    }
}
