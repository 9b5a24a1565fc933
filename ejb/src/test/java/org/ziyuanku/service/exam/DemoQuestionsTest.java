package org.ziyuanku.service.exam;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.internal.PaperContents;
import org.ziyuanku.service.exam.internal.QuestionRules;

class DemoQuestionsTest {

    @Test
    void everyDemoQuestionPassesTheBanksRules_andEveryTypeIsThere() {
        List<QuestionDraft> drafts = DemoQuestions.drafts(List.of(new DraftImage(DemoQuestions.PICTURE, "image/png",
                new byte[] {1})));
        drafts.forEach(d -> assertDoesNotThrow(() -> QuestionRules.check(d, false), d.stem()));
        Set<QuestionType> types = drafts.stream().map(QuestionDraft::type).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(QuestionType.class), types);
    }

    @Test
    void theDemoPapersRulesAreMetByTheDemoQuestions_everyDrawHasTenQuestionsAndAHundredPoints() {
        List<QuestionDraft> drafts = DemoQuestions.drafts(List.of());
        List<PaperDrawer.Candidate> candidates = IntStream.range(0, drafts.size()).mapToObj(i -> new PaperDrawer
                .Candidate(i, drafts.get(i).type(), drafts.get(i).knowledgePoints(), drafts.get(i).difficulty(),
                        drafts.get(i).options() == null ? 0 : drafts.get(i).options().size())).toList();
        List<PaperDrawer.Rule> rules = PaperContents.rules(DemoQuestions.paper());
        for (long seed = 0; seed < 20; seed++) {
            PaperDraw draw = PaperDrawer.random(rules, candidates, seed);
            assertEquals(10, draw.questions().size());
            assertEquals(0, new BigDecimal("100").compareTo(draw.totalPoints()));
        }
    }
}
