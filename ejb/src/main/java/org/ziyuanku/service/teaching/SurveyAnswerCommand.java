package org.ziyuanku.service.teaching;

import java.util.List;

/** The answer to item {@code item} (0-based): the ticked options (0-based), a scale value, or a text. */
public record SurveyAnswerCommand(int item, List<Integer> choices, Integer scale, String text) {
}
