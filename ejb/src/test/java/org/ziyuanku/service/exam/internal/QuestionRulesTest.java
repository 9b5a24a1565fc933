package org.ziyuanku.service.exam.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionRefusedException;

class QuestionRulesTest {

    private static QuestionDraft draft(QuestionType type, String stem, List<String> options, AnswerKey key) {
        return new QuestionDraft(type, stem, options, null, key, null, null, null, null, null, null);
    }

    private static String broken(QuestionDraft draft) {
        return assertThrows(QuestionRefusedException.class, () -> QuestionRules.check(draft, false)).getReasonKey();
    }

    @Test
    void singleChoiceNeedsTwoOptionsAndExactlyOneCorrect() {
        assertDoesNotThrow(() -> QuestionRules.check(draft(QuestionType.SINGLE_CHOICE, "题", List.of("a", "b"),
                AnswerKey.choices(List.of(1), null)), false));
        assertEquals("exam.question.invalid.options", broken(draft(QuestionType.SINGLE_CHOICE, "题", List.of("a"),
                AnswerKey.choices(List.of(0), null))));
        assertEquals("exam.question.invalid.singleCorrect", broken(draft(QuestionType.SINGLE_CHOICE, "题",
                List.of("a", "b"), AnswerKey.choices(List.of(0, 1), null))));
        assertEquals("exam.question.invalid.correctIndex", broken(draft(QuestionType.SINGLE_CHOICE, "题",
                List.of("a", "b"), AnswerKey.choices(List.of(2), null))));
        assertEquals("exam.question.invalid.stem", broken(draft(QuestionType.SINGLE_CHOICE, "<p> </p>",
                List.of("a", "b"), AnswerKey.choices(List.of(0), null))));
    }

    @Test
    void multipleChoiceNeedsACorrectOption() {
        assertEquals("exam.question.invalid.multipleCorrect", broken(draft(QuestionType.MULTIPLE_CHOICE, "题",
                List.of("a", "b"), AnswerKey.choices(List.of(), ChoiceScoring.PARTIAL))));
    }

    @Test
    void fillBlankNeedsAsManyAnswersAsBlanks() {
        assertDoesNotThrow(() -> QuestionRules.check(draft(QuestionType.FILL_BLANK, "焊条由____和（）组成", null,
                AnswerKey.blanks(List.of(List.of("焊芯"), List.of("药皮")))), false));
        QuestionRefusedException e = assertThrows(QuestionRefusedException.class, () -> QuestionRules.check(
                draft(QuestionType.FILL_BLANK, "焊条由____组成", null, AnswerKey.blanks(List.of(List.of("a"),
                        List.of("b")))), false));
        assertEquals("exam.question.invalid.blanks", e.getReasonKey());
        assertEquals(List.of("1", "2"), List.of(e.getReasonArgs()));
        assertEquals("exam.question.invalid.blankAnswer", broken(draft(QuestionType.FILL_BLANK, "____", null,
                AnswerKey.blanks(List.of(List.of(" "))))));
    }

    @Test
    void trueFalseMatchingAndCompound() {
        assertEquals("exam.question.invalid.truth", broken(draft(QuestionType.TRUE_FALSE, "题", null, null)));
        assertEquals("exam.question.invalid.matching", broken(new QuestionDraft(QuestionType.MATCHING, "题",
                List.of("x", "y"), List.of("1", "2"), AnswerKey.choices(List.of(0), null), null, null, null, null,
                null, null)));
        assertEquals("exam.question.invalid.parts", broken(draft(QuestionType.COMPOUND, "题", null, null)));
        QuestionDraft inner = new QuestionDraft(QuestionType.COMPOUND, "内", null, null, null, null, null, null, null,
                List.of(draft(QuestionType.TRUE_FALSE, "t", null, AnswerKey.truth(true))), null);
        assertEquals("exam.question.invalid.nested", broken(new QuestionDraft(QuestionType.COMPOUND, "外", null,
                null, null, null, null, null, null, List.of(inner), null)));
    }

    @Test
    void difficultyAndPointsAreBounded() {
        assertEquals("exam.question.invalid.difficulty", broken(new QuestionDraft(QuestionType.TRUE_FALSE, "题",
                null, null, AnswerKey.truth(true), null, 6, null, null, null, null)));
        assertEquals("exam.question.invalid.points", broken(new QuestionDraft(QuestionType.TRUE_FALSE, "题",
                null, null, AnswerKey.truth(true), null, 3, null, new BigDecimal("100.5"), null, null)));
        assertEquals("exam.question.invalid.points", broken(new QuestionDraft(QuestionType.TRUE_FALSE, "题",
                null, null, AnswerKey.truth(true), null, 3, null, BigDecimal.ZERO, null, null)));
    }

    @Test
    void richTextKeepsTheSubsetAndOnlyImagesTheBankAccepts() {
        String clean = QuestionText.sanitise("<p onclick=\"x()\">求 \\(x^2\\) <script>alert(1)</script>"
                + "<img src=\"zyk-draft:a.png\"><img src=\"https://evil.example/t.png\"><a href=\"/x\">链接</a></p>",
                src -> src.startsWith("zyk-draft:") ? "/api/v1/questions/images/" + "0".repeat(64) : null);
        assertFalse(clean.contains("script"));
        assertFalse(clean.contains("onclick"));
        assertFalse(clean.contains("evil"));
        assertFalse(clean.contains("<a"));
        assertTrue(clean.contains("\\(x^2\\)"));
        assertTrue(clean.contains("<img src=\"/api/v1/questions/images/" + "0".repeat(64) + "\">"), clean);
    }
}
