package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.domain.exam.ExamAttemptStatus;

/** What the print view of an exam's results shows: the exam, its statistics and each learner's best attempt. */
public record ExamPrintView(ExamView exam, ExamStatisticsView statistics, List<Learner> learners)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ExamPrintView {
        learners = List.copyOf(learners);
    }

    /** A learner's best attempt (as in the Excel export). */
    public record Learner(String name, String username, String className, ExamAttemptStatus status, BigDecimal score,
            BigDecimal maxScore, LocalDateTime submittedAt) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
