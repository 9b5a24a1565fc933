package org.ziyuanku.web.api.v1.teaching;

import java.util.List;

/** A learner's response: one answer per item ({@code item} counts from 0). */
public record SurveyResponseBodyDto(List<Answer> answers) {

    /** The ticked options (from 0), a scale value, or a text. */
    public record Answer(Integer item, List<Integer> choices, Integer scale, String text) {
    }
}
