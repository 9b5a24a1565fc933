package org.ziyuanku.service.exam.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.LearnerAnswer;
import org.ziyuanku.service.exam.SnapshotQuestion;

/** The attempt's JSON reads back what was written, and the learner's option indexes map back to the stored ones. */
class ExamJsonTest {

    @Test
    void aSnapshotWithACompoundQuestion_readsBackTheSame() {
        SnapshotQuestion part = new SnapshotQuestion(8, QuestionType.TRUE_FALSE, "小题", List.of(), List.of(),
                new BigDecimal("1.0"), 0, List.of());
        List<SnapshotQuestion> paper = List.of(
                new SnapshotQuestion(5, QuestionType.SINGLE_CHOICE, "<p>焊缝 \\(a^2\\)</p>", List.of("乙", "甲"),
                        List.of(), new BigDecimal("2.5"), 0, List.of()),
                new SnapshotQuestion(7, QuestionType.COMPOUND, "案例", List.of(), List.of(), new BigDecimal("4"), 0,
                        List.of(part)));
        assertEquals(paper, ExamJson.questions(ExamJson.snapshot(paper)));
    }

    @Test
    void optionOrdersAndAnswers_readBackTheSame() {
        Map<Long, List<Integer>> orders = Map.of(5L, List.of(2, 0, 1), 6L, List.of());
        assertEquals(orders, ExamJson.orders(ExamJson.orders(orders)));
        LearnerAnswer answer = new LearnerAnswer(Arrays.asList(1, null, 0), true, List.of(" 焊芯 ", "药皮"), "简答",
                List.of(LearnerAnswer.truth(false), LearnerAnswer.choices(2)));
        assertEquals(answer, ExamJson.answer(ExamJson.answer(answer)));
        assertEquals(LearnerAnswer.none(), ExamJson.answer((String) null));
    }

    @Test
    void theLearnersOptionIndexes_mapBackToTheStoredOnes_outOfRangeBecomingNone() {
        AnswerRepository.AnswerRow row = new AnswerRepository.AnswerRow(5, ExamJson.answer(LearnerAnswer.choices(0, 2,
                7)), 1, LocalDateTime.now(), null, null, null);
        assertEquals(Arrays.asList(2, 1, null), AttemptGrading.stored(row, List.of(2, 0, 1)).choices());
        assertEquals(List.of(0, 2, 7), AttemptGrading.stored(row, List.of()).choices());
        assertEquals(List.of(), AttemptGrading.stored(null, List.of(2, 0, 1)).choices());
    }
}
