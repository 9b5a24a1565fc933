package org.ziyuanku.service.exam.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.LearnerAnswer;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionGrader;
import org.ziyuanku.service.exam.SnapshotQuestion;

class SnapshotKeysTest {

    private static final BigDecimal FIVE = new BigDecimal("5.00");

    @Test
    void writeRead_everyKeyField_comesBackTheSame() {
        SnapshotKeys.Frozen part = new SnapshotKeys.Frozen(AnswerKey.blanks(List.of(List.of("焊缝", "焊 缝"))), "", List.of());
        SnapshotKeys.Frozen compound = new SnapshotKeys.Frozen(AnswerKey.none(), "<p>解析</p>", List.of(part));
        SnapshotKeys.Frozen choice = new SnapshotKeys.Frozen(AnswerKey.choices(List.of(0, 2), ChoiceScoring.PARTIAL),
                "", List.of());
        SnapshotKeys.Frozen truth = new SnapshotKeys.Frozen(AnswerKey.truth(false), "x", List.of());
        SnapshotKeys.Frozen essay = new SnapshotKeys.Frozen(AnswerKey.reference("<p>参考</p>"), "", List.of());
        Map<Long, SnapshotKeys.Frozen> keys = Map.of(1L, compound, 2L, choice, 3L, truth, 4L, essay);

        assertEquals(keys, SnapshotKeys.read(SnapshotKeys.write(keys)));
    }

    @Test
    void read_nullFromAnOldAttempt_isEmpty() {
        assertTrue(SnapshotKeys.read(null).isEmpty());
    }

    @Test
    void draft_gradesByTheFrozenKey_notAnother() {
        SnapshotQuestion shown = new SnapshotQuestion(7L, QuestionType.SINGLE_CHOICE, "<p>?</p>",
                List.of("a", "b", "c"), List.of(), FIVE, 0, List.of());
        QuestionDraft draft = SnapshotKeys.draft(shown,
                new SnapshotKeys.Frozen(AnswerKey.choices(List.of(1), null), "why", List.of()));
        LearnerAnswer picksB = new LearnerAnswer(List.of(1), null, List.of(), null, List.of());

        assertTrue(QuestionGrader.grade(draft, picksB).correct());
        assertEquals(FIVE, QuestionGrader.grade(draft, picksB).score());
        assertEquals("why", draft.analysis());
        assertFalse(QuestionGrader.grade(draft, LearnerAnswer.none()).correct());
    }

    @Test
    void draft_compound_takesEachPartsFrozenKeyAndSnapshotPoints() {
        SnapshotQuestion part = new SnapshotQuestion(9L, QuestionType.TRUE_FALSE, "p", List.of(), List.of(), FIVE, 0,
                List.of());
        SnapshotQuestion shown = new SnapshotQuestion(8L, QuestionType.COMPOUND, "s", List.of(), List.of(),
                new BigDecimal("10.00"), 0, List.of(part));
        SnapshotKeys.Frozen frozen = new SnapshotKeys.Frozen(AnswerKey.none(), "", List.of(
                new SnapshotKeys.Frozen(AnswerKey.truth(true), "", List.of())));
        LearnerAnswer yes = new LearnerAnswer(List.of(), null, List.of(), null,
                List.of(new LearnerAnswer(List.of(), true, List.of(), null, List.of())));

        QuestionDraft draft = SnapshotKeys.draft(shown, frozen);

        assertEquals(FIVE, draft.parts().get(0).points());
        assertEquals(FIVE, QuestionGrader.grade(draft, yes).score());
    }
}
