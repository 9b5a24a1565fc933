package org.ziyuanku.service.exam;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.QuestionType;
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
}
