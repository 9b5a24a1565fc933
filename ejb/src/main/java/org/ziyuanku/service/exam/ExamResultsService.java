package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.exam.internal.AttemptPapers;
import org.ziyuanku.service.exam.internal.ExamResultsRepository;
import org.ziyuanku.service.exam.internal.ExamResultsWorkbook;
import org.ziyuanku.service.exam.internal.ExamStatistics;
import org.ziyuanku.service.exam.internal.SnapshotKeys;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * An exam's results for its teachers (issue 15 item 7; {@link ExamAccess}: a learner 403, anybody else 404): the
 * statistics (learners, attempted, submitted, graded; mean, median, max and min score and ten 10 % bands over each
 * graded learner's best attempt; per question the answers, the mean score rate and for choice questions how often each
 * option was picked, the key (as frozen when the papers were drawn), and the discrimination index from the upper and lower 27 % of the graded learners), and
 * the Excel export of the learners' results with the per-question statistics. Each is a few
 * grouped queries, never one per learner. The export is audited as {@value #EXPORT}, the print view as
 * {@value #PRINT}, refused reads as DENIED.
 */
@Stateless
@PermitAll
public class ExamResultsService {

    public static final String EXPORT = "EXAM_RESULTS_EXPORT";
    public static final String PRINT = "EXAM_RESULTS_PRINT";
    static final String STATISTICS = "EXAM_STATISTICS";
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final int STEM_LENGTH = 40;

    @Inject
    private ExamAccess access;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private ExamResultsRepository results;

    @Inject
    private AttemptPapers papers;

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

    /** The exam's results for the print view (figures, each learner's best attempt, the item table). Audited. */
    @Audited(action = PRINT)
    public ExamPrintView print(@AuditTarget("exam:") long examId) {
        ExamView exam = access.staffExam(examId, PRINT);
        List<ExamPrintView.Learner> learners = results.learners(examId).stream().map(l -> new ExamPrintView.Learner(
                l.name(), l.username(), l.className(), l.status(), l.score(), l.maxScore(), l.submittedAt())).toList();
        audited.detail(exam.title() + " (" + learners.size() + " learners)");
        return new ExamPrintView(exam, statisticsOf(exam), learners);
    }

    private ExamStatisticsView statisticsOf(ExamView exam) {
        int enrolled = teaching.activeLearners(exam.offeringId(), exam.classId()).size();
        List<ExamResultsRepository.QuestionRow> questions = results.questions(exam.id());
        Map<Long, ExamStatistics.ItemInfo> items = new HashMap<>();
        Map<Long, SnapshotKeys.Frozen> frozen = SnapshotKeys.read(results.frozenKeys(exam.id()));
        for (ExamResultsRepository.QuestionRow q : questions) {
            QuestionDraft draft = papers.gradingDraft(q.questionId(), q.points());
            SnapshotKeys.Frozen drawn = frozen.get(q.questionId());
            items.put(q.questionId(), new ExamStatistics.ItemInfo(excerpt(draft.stem()),
                    drawn == null ? draft.key().correct() : drawn.key().correct()));
        }
        return ExamStatistics.of(exam.id(), enrolled, new ExamStatistics.Reads(results.learners(exam.id()), questions,
                results.options(exam.id()), results.itemScores(exam.id()), items));
    }

    /** The stem as short plain text (tags dropped, the usual entities read, cut at {@value #STEM_LENGTH}). */
    static String excerpt(String html) {
        String text = TAG.matcher(html == null ? "" : html).replaceAll(" ").replace("&nbsp;", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        return text.length() <= STEM_LENGTH ? text : text.substring(0, STEM_LENGTH) + "…";
    }
}
