package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ziyuanku.domain.exam.ExamStatus;
import org.ziyuanku.service.exam.internal.AttemptPreparer;
import org.ziyuanku.service.exam.internal.ExamRepository;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * Draws every enrolled learner's paper of a published exam in the background, before it opens (issue 15 item 6: the
 * peer fact is Moodle's 600 s wait when 250 learners started one quiz and every question was prepared at start), so
 * that starting is one row update. Started after the publishing transaction commits ({@code ExamPublishedObserver});
 * idempotent ({@link AttemptPreparer}), so running it twice or on two nodes prepares each learner once. A learner
 * enrolled later gets a paper drawn when they start.
 */
@Stateless
@PermitAll
public class ExamPreparationService {

    private static final Logger LOG = Logger.getLogger(ExamPreparationService.class.getName());

    @Inject
    private ExamRepository exams;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private AttemptPreparer preparer;

    /** Prepares the published exam's attempts in a transaction of its own. */
    @Asynchronous
    public void prepareAll(long examId) {
        exams.find(examId).filter(e -> e.status() == ExamStatus.PUBLISHED).ifPresent(exam -> {
            int stored = preparer.prepareAll(exam, teaching.activeLearners(exam.offeringId(), exam.classId()));
            LOG.log(Level.INFO, "Exam {0}: {1} attempts prepared", new Object[] {examId, stored});
        });
    }
}
