package org.ziyuanku.web.console.teaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.exam.ExamStatisticsView;

/**
 * How the exam pages (the results on exams.xhtml and the print view) write an item's figures: the option distribution
 * with the key marked, the indexes as plain numbers, "too few" for a discrimination index of a small group.
 */
@Named
@ApplicationScoped
public class ExamItemTexts {

    /** How often each option of a choice question was picked, the key marked ✓: "A: 2, B ✓: 5, …" (else empty). */
    public String options(ExamStatisticsView.QuestionStat q) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < q.optionCounts().size(); i++) {
            parts.add((char) ('A' + i) + (q.keyOptions().contains(i) ? " ✓" : "") + ": " + q.optionCounts().get(i));
        }
        return String.join(", ", parts);
    }

    /** The difficulty index (0–1, two decimals), or — when no answer is graded. */
    public String difficulty(ExamStatisticsView.QuestionStat q) {
        return plain(q.scoreRate());
    }

    /** The discrimination index, "too few learners" below the minimum, or — when a group lacks the question. */
    public String discrimination(ExamStatisticsView.QuestionStat q, int groupSize) {
        if (q.discrimination() != null) {
            return plain(q.discrimination());
        }
        return groupSize == 0 ? Messages.create("teaching.exams.tooFew").get().getSummary() : "—";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
