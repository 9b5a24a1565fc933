package org.ziyuanku.service.exam.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ExamPaper;
import org.ziyuanku.domain.exam.PaperKind;
import org.ziyuanku.domain.exam.PaperQuestion;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.PaperDraft;
import org.ziyuanku.service.exam.PaperDrawer;
import org.ziyuanku.service.exam.PaperRefusedException;

class PaperContentsTest {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private static PaperDraft random(PaperDraft.RuleDraft... rules) {
        return new PaperDraft(" 期末 ", PaperKind.RANDOM, null, Arrays.asList(rules));
    }

    private static PaperDraft.RuleDraft rule(Integer min, Integer max, Integer count, BigDecimal points) {
        return new PaperDraft.RuleDraft(QuestionType.SINGLE_CHOICE, "  焊接 ", min, max, count, points);
    }

    private static String refusal(Runnable call) {
        PaperRefusedException e = assertThrows(PaperRefusedException.class, call::run);
        return e.getReasonKey() + Arrays.toString(e.getReasonArgs());
    }

    @Test
    void rulesAreCheckedAndTrimmed() {
        List<PaperDrawer.Rule> rules = PaperContents.rules(random(rule(2, 4, 3, TWO), rule(null, null, 1, TWO)));
        assertEquals(new PaperDrawer.Rule(QuestionType.SINGLE_CHOICE, "焊接", 2, 4, 3, TWO), rules.get(0));
        assertEquals("期末", PaperContents.title(random(rule(null, null, 1, TWO))));
        assertEquals("exam.paper.invalid.ruleDifficulty[2]",
                refusal(() -> PaperContents.rules(random(rule(1, 2, 1, TWO), rule(4, 2, 1, TWO)))));
        assertEquals("exam.paper.invalid.ruleDifficulty[1]",
                refusal(() -> PaperContents.rules(random(rule(0, 2, 1, TWO)))));
        assertEquals("exam.paper.invalid.ruleHowMany[1, 200]",
                refusal(() -> PaperContents.rules(random(rule(null, null, 0, TWO)))));
        assertEquals("exam.paper.invalid.ruleHowMany[1, 200]",
                refusal(() -> PaperContents.rules(random(rule(null, null, null, TWO)))));
        assertEquals("exam.paper.invalid.points[0]",
                refusal(() -> PaperContents.rules(random(rule(null, null, 1, BigDecimal.ZERO)))));
        assertEquals("exam.paper.invalid.points[1.25]",
                refusal(() -> PaperContents.rules(random(rule(null, null, 1, new BigDecimal("1.25"))))));
        assertEquals("exam.paper.invalid.ruleType[1]", refusal(() -> PaperContents.rules(random(
                new PaperDraft.RuleDraft(null, null, null, null, 1, TWO)))));
        assertEquals("exam.paper.invalid.ruleCount[50]", refusal(() -> PaperContents.rules(random())));
        assertEquals("exam.paper.invalid.questionCount[200]", refusal(() -> PaperContents.rules(random(
                rule(null, null, 150, TWO), rule(null, null, 51, TWO)))));
    }

    @Test
    void titleKindAndFixedQuestionsAreChecked() {
        assertEquals("exam.paper.invalid.kind[]", refusal(() -> PaperContents.title(
                new PaperDraft("卷", null, null, null))));
        assertEquals("exam.paper.invalid.title[200]", refusal(() -> PaperContents.title(
                new PaperDraft("  ", PaperKind.FIXED, null, null))));
        assertEquals("exam.paper.invalid.title[200]", refusal(() -> PaperContents.title(
                new PaperDraft("卷".repeat(201), PaperKind.FIXED, null, null))));
        PaperDraft.Item seven = new PaperDraft.Item(7L, null);
        assertEquals("exam.paper.invalid.repeated[7]", refusal(() -> PaperContents.questionIds(
                new PaperDraft("卷", PaperKind.FIXED, List.of(seven, new PaperDraft.Item(8L, TWO), seven), null))));
        assertEquals("exam.paper.invalid.questionCount[200]", refusal(() -> PaperContents.questionIds(
                new PaperDraft("卷", PaperKind.FIXED, List.of(), null))));
        assertEquals("exam.paper.invalid.points[101]", refusal(() -> PaperContents.questionIds(new PaperDraft("卷",
                PaperKind.FIXED, List.of(new PaperDraft.Item(7L, BigDecimal.valueOf(101))), null))));
        assertEquals("exam.paper.invalid.question[]", refusal(() -> PaperContents.questionIds(new PaperDraft("卷",
                PaperKind.FIXED, Collections.singletonList(new PaperDraft.Item(null, TWO)), null))));
    }

    @Test
    void theViewCountsQuestionsAndTotalPoints() {
        ExamPaper paper = new ExamPaper(1, 2, "卷", PaperKind.RANDOM, List.of(), PaperContents.stored(List.of(
                new PaperDrawer.Rule(QuestionType.SINGLE_CHOICE, null, null, null, 3, TWO),
                new PaperDrawer.Rule(QuestionType.ORDERING, "排序", 1, 3, 2, new BigDecimal("2.5")))));
        assertEquals(5, PaperContents.questionCount(paper));
        assertEquals(0, new BigDecimal("11").compareTo(PaperContents.totalPoints(paper)));
        assertEquals("排序", PaperContents.rules(paper).get(1).knowledgePoint());
        ExamPaper fixed = new ExamPaper(1, 2, "卷", PaperKind.FIXED, List.of(new PaperQuestion(7, TWO),
                new PaperQuestion(8, new BigDecimal("0.5"))), List.of());
        assertEquals(2, PaperContents.questionCount(fixed));
        assertEquals(0, new BigDecimal("2.5").compareTo(PaperContents.totalPoints(fixed)));
    }
}
