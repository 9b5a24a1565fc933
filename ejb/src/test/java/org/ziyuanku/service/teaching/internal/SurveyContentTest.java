package org.ziyuanku.service.teaching.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.teaching.ClassSurvey;
import org.ziyuanku.domain.teaching.SurveyItem;
import org.ziyuanku.domain.teaching.SurveyKind;
import org.ziyuanku.domain.teaching.SurveyResponse;
import org.ziyuanku.domain.teaching.SurveySettings;
import org.ziyuanku.service.teaching.SurveyAnswerCommand;
import org.ziyuanku.service.teaching.SurveyCommand;
import org.ziyuanku.service.teaching.SurveyItemCommand;
import org.ziyuanku.service.teaching.SurveyRefusedException;
import org.ziyuanku.service.teaching.SurveyResultsView;

class SurveyContentTest {

    private static final SurveyItemCommand SINGLE = new SurveyItemCommand("SINGLE", "哪天？", List.of("周一", "周三"),
            null, null, null, null);
    private static final SurveyItemCommand MULTIPLE = new SurveyItemCommand("MULTIPLE", "哪些？", List.of("a", "b",
            "c"), 2, null, null, null);
    private static final SurveyItemCommand SCALE = new SurveyItemCommand("SCALE", "难度", null, null, 5, "易", "难");
    private static final SurveyItemCommand TEXT = new SurveyItemCommand("TEXT", "建议", null, null, null, null, null);

    private static String refusal(Runnable call) {
        return assertThrows(SurveyRefusedException.class, call::run).getReasonKey();
    }

    @Test
    void items_aVoteHasExactlyOneChoiceItem_andOptionsAreTwoOrMoreDistinct() {
        assertEquals(1, SurveyContent.items(SurveyKind.VOTE, List.of(SINGLE)).size());
        assertEquals(SurveyRefusedException.VOTE, refusal(() -> SurveyContent.items(SurveyKind.VOTE,
                List.of(SINGLE, SINGLE))));
        assertEquals(SurveyRefusedException.VOTE, refusal(() -> SurveyContent.items(SurveyKind.VOTE, List.of(SCALE))));
        assertEquals(SurveyRefusedException.OPTIONS, refusal(() -> SurveyContent.items(SurveyKind.QUESTIONNAIRE,
                List.of(new SurveyItemCommand("SINGLE", "x", List.of("a", "a"), null, null, null, null)))));
        assertEquals(SurveyRefusedException.MAX_CHOICES, refusal(() -> SurveyContent.items(SurveyKind.QUESTIONNAIRE,
                List.of(new SurveyItemCommand("MULTIPLE", "x", List.of("a", "b"), 3, null, null, null)))));
        assertEquals(SurveyRefusedException.ITEMS, refusal(() -> SurveyContent.items(SurveyKind.QUESTIONNAIRE,
                List.of())));
    }

    @Test
    void settings_anAnonymousSurveyIsNeverChangeable() {
        SurveySettings settings = SurveyContent.settings(new SurveyCommand(null, "QUESTIONNAIRE", " t ", "", true,
                false, true, null, null, List.of()));
        assertEquals("t", settings.title());
        assertNull(settings.description());
        assertFalse(settings.changeable());
    }

    @Test
    void answers_needEveryChoiceAndScaleItem_withinTheirBounds_textsOptional() {
        List<SurveyItem> items = SurveyContent.items(SurveyKind.QUESTIONNAIRE, List.of(MULTIPLE, SCALE, TEXT));
        assertEquals(3, SurveyAnswers.of(items, List.of(answer(0, 0, 2), new SurveyAnswerCommand(1, null, 5, null)))
                .size());
        assertEquals(SurveyRefusedException.ANSWER, refusal(() -> SurveyAnswers.of(items, List.of(answer(0, 0, 1, 2),
                new SurveyAnswerCommand(1, null, 3, null)))));
        assertEquals(SurveyRefusedException.ANSWER, refusal(() -> SurveyAnswers.of(items, List.of(answer(0, 1),
                new SurveyAnswerCommand(1, null, 6, null)))));
        assertEquals(SurveyRefusedException.ANSWER, refusal(() -> SurveyAnswers.of(items, List.of(answer(0, 1)))));
        assertEquals(SurveyRefusedException.ANSWER, refusal(() -> SurveyAnswers.of(items, List.of(answer(0, 3),
                new SurveyAnswerCommand(1, null, 1, null)))));
    }

    @Test
    void tally_countsOptions_averagesScales_andSortsTexts() throws ReflectiveOperationException {
        ClassSurvey survey = new ClassSurvey(1, null, 1, SurveyKind.QUESTIONNAIRE);
        Field id = ClassSurvey.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(survey, 7L);
        List<SurveyItem> items = SurveyContent.items(SurveyKind.QUESTIONNAIRE, List.of(MULTIPLE, SCALE, TEXT));
        survey.change(new SurveySettings("t", null, true, true, false, null, null), items);
        List<SurveyResponse> responses = List.of(
                new SurveyResponse(1, null, SurveyAnswers.of(items, List.of(answer(0, 0, 2),
                        new SurveyAnswerCommand(1, null, 4, null), new SurveyAnswerCommand(2, null, null, "乙")))),
                new SurveyResponse(1, null, SurveyAnswers.of(items, List.of(answer(0, 2),
                        new SurveyAnswerCommand(1, null, 1, null), new SurveyAnswerCommand(2, null, null, "甲")))));
        SurveyResultsView results = SurveyTally.of(survey, responses, 2, true);
        assertEquals(List.of(1L, 0L, 2L), results.items().get(0).counts());
        assertEquals(List.of(1L, 0L, 0L, 1L, 0L), results.items().get(1).counts());
        assertEquals(2.5, results.items().get(1).mean());
        assertEquals(List.of("乙", "甲").stream().sorted().toList(), results.items().get(2).texts());
        assertEquals(List.of(), SurveyTally.of(survey, responses, 2, false).items().get(2).texts());
    }

    private static SurveyAnswerCommand answer(int item, Integer... choices) {
        return new SurveyAnswerCommand(item, Arrays.asList(choices), null, null);
    }
}
