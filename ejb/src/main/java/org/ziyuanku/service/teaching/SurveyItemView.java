package org.ziyuanku.service.teaching;

import java.util.List;

/** One item of a survey as shown to whoever answers or edits it. */
public record SurveyItemView(String kind, String prompt, List<String> options, Integer maxChoices, Integer scaleMax,
        String lowLabel, String highLabel) {
}
