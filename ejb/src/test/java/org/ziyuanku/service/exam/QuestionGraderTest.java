package org.ziyuanku.service.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;

class QuestionGraderTest {

    private static QuestionDraft question(QuestionType type, List<String> options, AnswerKey key, String points) {
        return new QuestionDraft(type, "题干", options, type == QuestionType.MATCHING ? List.of("1", "2", "3") : null,
                key, null, 3, null, new BigDecimal(points), null, null);
    }

    private static void assertScore(String expected, Grade grade) {
        assertEquals(0, new BigDecimal(expected).compareTo(grade.score()), () -> "score " + grade.score());
    }

    @Test
    void singleChoiceIsAllOrNothing() {
        QuestionDraft q = question(QuestionType.SINGLE_CHOICE, List.of("A", "B", "C"),
                AnswerKey.choices(List.of(1), null), "2");
        assertScore("2", QuestionGrader.grade(q, LearnerAnswer.choices(1)));
        assertTrue(QuestionGrader.grade(q, LearnerAnswer.choices(1)).correct());
        assertScore("0", QuestionGrader.grade(q, LearnerAnswer.choices(0)));
        assertScore("0", QuestionGrader.grade(q, LearnerAnswer.choices(0, 1)));
        assertScore("0", QuestionGrader.grade(q, null));
    }

    @Test
    void multipleChoiceAllOrNothingNeedsExactlyTheCorrectOptions() {
        QuestionDraft q = question(QuestionType.MULTIPLE_CHOICE, List.of("A", "B", "C", "D"),
                AnswerKey.choices(List.of(0, 2), ChoiceScoring.ALL_OR_NOTHING), "4");
        assertScore("4", QuestionGrader.grade(q, LearnerAnswer.choices(2, 0)));
        assertScore("0", QuestionGrader.grade(q, LearnerAnswer.choices(0)));
        assertScore("0", QuestionGrader.grade(q, LearnerAnswer.choices(0, 1, 2)));
    }

    @Test
    void multipleChoicePartialGivesHalfForSomeCorrectAndNoneForAWrongOne() {
        QuestionDraft q = question(QuestionType.MULTIPLE_CHOICE, List.of("A", "B", "C", "D"),
                AnswerKey.choices(List.of(0, 2, 3), ChoiceScoring.PARTIAL), "5");
        assertScore("5", QuestionGrader.grade(q, LearnerAnswer.choices(0, 2, 3)));
        Grade some = QuestionGrader.grade(q, LearnerAnswer.choices(0, 3));
        assertScore("2.5", some);
        assertFalse(some.correct());
        assertScore("0", QuestionGrader.grade(q, LearnerAnswer.choices(0, 1)));
        assertScore("0", QuestionGrader.grade(q, LearnerAnswer.none()));
    }

    @Test
    void trueFalse() {
        QuestionDraft q = question(QuestionType.TRUE_FALSE, null, AnswerKey.truth(false), "1");
        assertScore("1", QuestionGrader.grade(q, LearnerAnswer.truth(false)));
        assertScore("0", QuestionGrader.grade(q, LearnerAnswer.truth(true)));
        assertScore("0", QuestionGrader.grade(q, LearnerAnswer.none()));
    }

    @Test
    void fillBlankScoresEachBlankWithItsShareAndNormalisesChineseAndWidth() {
        QuestionDraft q = question(QuestionType.FILL_BLANK, null, AnswerKey.blanks(List.of(
                List.of("二氧化碳", "CO2"), List.of("abc"), List.of("焊条，焊丝"))), "10");
        Grade all = QuestionGrader.grade(q, LearnerAnswer.blanks("ＣＯ２ ", "ＡＢＣ", "焊条, 焊丝"));
        assertScore("10", all);
        assertTrue(all.correct());
        assertEquals(3, all.parts().size());
        Grade first = QuestionGrader.grade(q, LearnerAnswer.blanks("二氧化碳 ", "x", ""));
        assertScore("3.33", first);
        assertTrue(first.parts().get(0).correct());
        assertFalse(first.parts().get(1).correct());
        Grade last = QuestionGrader.grade(q, LearnerAnswer.blanks("", "", "焊条　，焊丝"));
        assertScore("3.34", last);
        assertScore("0", QuestionGrader.grade(q, LearnerAnswer.blanks("  ")));
    }

    @Test
    void answerTextFoldsWidthCaseSpaceAndPunctuation() {
        assertTrue(AnswerText.same("ＡＢＣ", "abc"));
        assertTrue(AnswerText.same("二氧化碳 ", "二氧化碳"));
        assertTrue(AnswerText.same("Ｈ２Ｏ（水）", "h2o(水)"));
        assertTrue(AnswerText.same("甲、乙。", "甲,乙."));
        assertTrue(AnswerText.same("“焊接”", "\"焊接\""));
        assertFalse(AnswerText.same("二氧化碳", "一氧化碳"));
    }

    @Test
    void matchingScoresEachPair() {
        QuestionDraft q = question(QuestionType.MATCHING, List.of("x", "y", "z"),
                AnswerKey.choices(List.of(2, 0, 1), null), "6");
        assertScore("6", QuestionGrader.grade(q, LearnerAnswer.choices(2, 0, 1)));
        Grade two = QuestionGrader.grade(q, LearnerAnswer.choices(2, 0, null));
        assertScore("4", two);
        assertFalse(two.correct());
        assertEquals(List.of(true, true, false), two.parts().stream().map(Grade::correct).toList());
    }

    @Test
    void orderingIsAllOrNothing() {
        QuestionDraft q = question(QuestionType.ORDERING, List.of("first", "second", "third"), null, "3");
        assertScore("3", QuestionGrader.grade(q, LearnerAnswer.choices(0, 1, 2)));
        assertScore("0", QuestionGrader.grade(q, LearnerAnswer.choices(0, 2, 1)));
        assertScore("0", QuestionGrader.grade(q, LearnerAnswer.choices(0, 1)));
    }

    @Test
    void shortAnswerNeedsAPerson() {
        QuestionDraft q = question(QuestionType.SHORT_ANSWER, null, AnswerKey.reference("参考答案"), "10");
        Grade grade = QuestionGrader.grade(q, LearnerAnswer.text("参考答案"));
        assertTrue(grade.needsManualGrading());
        assertScore("0", grade);
    }

    @Test
    void compoundSumsItsParts() {
        QuestionDraft single = question(QuestionType.SINGLE_CHOICE, List.of("A", "B"),
                AnswerKey.choices(List.of(0), null), "2");
        QuestionDraft blank = question(QuestionType.FILL_BLANK, null, AnswerKey.blanks(List.of(List.of("氩气"))), "3");
        QuestionDraft essay = question(QuestionType.SHORT_ANSWER, null, AnswerKey.reference("…"), "5");
        QuestionDraft q = new QuestionDraft(QuestionType.COMPOUND, "阅读材料", null, null, null, null, 3, null,
                new BigDecimal("10"), List.of(single, blank, essay), null);
        Grade grade = QuestionGrader.grade(q, LearnerAnswer.parts(LearnerAnswer.choices(0),
                LearnerAnswer.blanks("氩 气"), LearnerAnswer.text("答")));
        assertScore("5", grade);
        assertEquals(3, grade.parts().size());
        assertTrue(grade.needsManualGrading());
        assertFalse(grade.correct());
        assertScore("0", QuestionGrader.grade(q, null));
    }

    @Test
    void sharesAddUpToThePoints() {
        assertEquals(List.of(new BigDecimal("0.33"), new BigDecimal("0.33"), new BigDecimal("0.34")),
                QuestionGrader.shares(new BigDecimal("1.00"), 3));
    }

    @Test
    void fingerprintIgnoresMarkupWidthSpacingAndPunctuation() {
        assertEquals(QuestionFingerprint.of("<p>焊接电流 过大，会产生什么？</p>", List.of("咬边", "Ａ")),
                QuestionFingerprint.of("焊接电流过大,会产生什么?", List.of("<b>咬边</b>", "a")));
        assertFalse(QuestionFingerprint.of("焊接", List.of("a", "b"))
                .equals(QuestionFingerprint.of("焊接", List.of("ab"))));
    }
}
