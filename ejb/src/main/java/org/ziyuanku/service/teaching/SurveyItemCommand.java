package org.ziyuanku.service.teaching;

import java.util.List;

/** One item: SINGLE, MULTIPLE, SCALE or TEXT; options for choices; max choices; scale top and end labels. */
public record SurveyItemCommand(String kind, String prompt, List<String> options, Integer maxChoices,
        Integer scaleMax, String lowLabel, String highLabel) {
}
