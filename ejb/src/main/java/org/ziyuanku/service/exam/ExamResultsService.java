package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.exam.internal.ExamResultsRepository;
import org.ziyuanku.service.exam.internal.ExamResultsWorkbook;
import org.ziyuanku.service.exam.internal.ExamStatistics;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * An exam's results for its teachers (issue 15 item 7; {@link ExamAccess}: a learner 403, anybody else 404): the
 * statistics (learners, attempted, submitted, graded; mean, median, max and min score and ten 10 % bands over each
 * graded learner's best attempt; per question the answers, the mean score rate and for choice questions how often each
 * option was picked), and the Excel export of the learners' results with the per-question statistics. Each is a few
 * grouped queries, never one per learner. The export is audited as {@value #EXPORT}, refused reads as DENIED.
 */
@Stateless
@PermitAll
public class ExamResultsService {

    public static final String EXPORT = "EXAM_RESULTS_EXPORT";
    static final String STATISTICS = "EXAM_STATISTICS";

    @Inject
    private ExamAccess access;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private ExamResultsRepository results;

    @Inject
    private AuditedCall audited;

    /** The exam's statistics. */
    @Audited(action = STATISTICS, outcomes = AuditOutcome.DENIED)
    public ExamStatisticsView statistics(@AuditTarget("exam:") long examId) {
        return statisticsOf(access.staffExam(examId, STATISTICS));
    }

    /** The exam's results as .xlsx, headers in {@code locale}. Audited as {@value #EXPORT}. */
    @Audited(action = EXPORT)
    public byte[] export(@AuditTarget("exam:") long examId, Locale locale) {
        ExamView exam = access.staffExam(examId, EXPORT);
        var learners = results.learners(examId);
        audited.detail(exam.title() + " (" + learners.size() + " learners)");
        return ExamResultsWorkbook.of(learners, statisticsOf(exam), locale);
    }

    private ExamStatisticsView statisticsOf(ExamView exam) {
        int enrolled = teaching.activeLearners(exam.offeringId(), exam.classId()).size();
        return ExamStatistics.of(exam.id(), enrolled, results.learners(exam.id()), results.questions(exam.id()),
                results.options(exam.id()));
    }
}
