package org.ziyuanku.web.api.v1.teaching;

import java.util.List;
import org.ziyuanku.service.teaching.SurveyItemCommand;
import org.ziyuanku.service.teaching.SurveyItemView;

/** One item: kind SINGLE, MULTIPLE, SCALE or TEXT; options of choices; max choices; scale top and end labels. */
public record SurveyItemDto(String kind, String prompt, List<String> options, Integer maxChoices, Integer scaleMax,
        String lowLabel, String highLabel) {

    static SurveyItemDto of(SurveyItemView v) {
        return new SurveyItemDto(v.kind(), v.prompt(), v.options(), v.maxChoices(), v.scaleMax(), v.lowLabel(),
                v.highLabel());
    }

    SurveyItemCommand command() {
        return new SurveyItemCommand(kind, prompt, options, maxChoices, scaleMax, lowLabel, highLabel);
    }
}
