package org.ziyuanku.service.exam;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.ziyuanku.domain.exam.ExamPaper;
import org.ziyuanku.domain.exam.ShowAnswers;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.exam.internal.AttemptPreparer;
import org.ziyuanku.service.exam.internal.ExamRepository;
import org.ziyuanku.service.exam.internal.PaperRepository;
import org.ziyuanku.service.exam.internal.SelfTestRepository;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.system.ClusterLockRepository;
import org.ziyuanku.service.teaching.EnrolledOffering;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * For evaluation installs: an exam on the demo paper 焊接基础测验 for the demo class that {@code student} is in and
 * {@code teacher} teaches, published and open from now for a week (30 minutes, 3 attempts, answers shown after
 * submitting), with the class's papers drawn; and the same (random) paper for the demo course's self-test (焊接基础自测)
 * while it has none. Idempotent under the existing {@code demo-questions} cluster lock: a
 * second start-up adds nothing but keeps the demo exam open for another week from then.
 */
@Stateless
public class DemoExamService {

    static final String TITLE = "焊接基础测验（演示考试）";
    private static final int DAYS_OPEN = 7;
    private static final int MINUTES = 30;
    private static final int ATTEMPTS = 3;

    @Inject
    private Libraries libraries;

    @Inject
    private Accounts accounts;

    @Inject
    private PaperRepository papers;

    @Inject
    private ExamRepository exams;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private AttemptPreparer preparer;

    @Inject
    private SelfTestRepository selfTests;

    @Inject
    private ClusterLockRepository locks;

    /** Adds (or keeps open) the demo exam; answers how many exams were added. */
    public int ensureDemoExam() {
        locks.lock("demo-questions");
        ResourceLibrary library = libraries.national(DemoQuestionService.DEMO_CATALOGUE_NO).orElse(null);
        UserAccount teacher = accounts.find("teacher").orElse(null);
        UserAccount student = accounts.find("student").orElse(null);
        if (library == null || teacher == null || student == null) {
            return 0;
        }
        Optional<ExamPaper> paper = papers.ofLibrary(library.getId()).stream()
                .filter(p -> DemoQuestions.PAPER_TITLE.equals(p.getTitle())).findFirst();
        Optional<EnrolledOffering> demoClass = teaching.enrolledOfferings(student.getId()).stream()
                .filter(e -> teaching.teachesClass(e.classId(), teacher.getId())).findFirst();
        if (paper.isEmpty() || demoClass.isEmpty()) {
            return 0;
        }
        long offeringId = demoClass.get().offeringId();
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        selfTests.withoutPaper(offeringId).forEach(key -> selfTests.setPaper(key, paper.get().getId(),
                teacher.getId(), now));
        Optional<ExamView> existing = exams.ofOffering(offeringId).stream().filter(e -> TITLE.equals(e.title()))
                .findFirst();
        if (existing.isPresent()) {
            exams.keepOpenUntil(existing.get().id(), now.plusDays(DAYS_OPEN));
            return 0;
        }
        ExamCommand command = new ExamCommand(paper.get().getId(), offeringId, demoClass.get().classId(), TITLE, now,
                now.plusDays(DAYS_OPEN), MINUTES, ATTEMPTS, null, ShowAnswers.AFTER_SUBMIT, 0);
        long id = exams.add(command, teacher.getId(), now);
        exams.publish(id);
        ExamView exam = exams.find(id).orElseThrow();
        preparer.prepareAll(exam, teaching.activeLearners(offeringId, exam.classId()));
        return 1;
    }
}
